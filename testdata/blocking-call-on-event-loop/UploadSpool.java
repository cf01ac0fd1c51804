package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Spool directory for partial uploads: one file per upload session. */
public class UploadSpool {

    private final Path directory;

    public UploadSpool(Path directory) {
        this.directory = directory;
    }

    public Path fileOf(String sessionId) {
        return directory.resolve(sessionId + ".part");
    }

    public void purge(String sessionId) {
        try {
            Files.deleteIfExists(fileOf(sessionId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge upload " + sessionId, e);
        }
    }

    public void purgeOlderThan(Duration age) {
        Instant cutoff = Instant.now().minus(age);
        try (Stream<Path> parts = Files.list(directory)) {
            List<Path> stale = parts.filter(p -> lastModified(p).isBefore(cutoff)).collect(Collectors.toList());
            for (Path part : stale) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep " + directory, e);
        }
    }

    private static Instant lastModified(Path part) {
        try {
            return Files.getLastModifiedTime(part).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
