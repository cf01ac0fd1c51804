package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Static helper that appends audit events to a local file, synchronously. */
public final class AuditTrail {

    private static final Path LOG = Path.of("var", "audit", "events.log");

    private AuditTrail() {
    }

    public static void record(String event) {
        String line = Instant.now() + " " + event + System.lineSeparator();
        try {
            Files.writeString(LOG, line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("audit log unavailable: " + LOG, e);
        }
    }
}
