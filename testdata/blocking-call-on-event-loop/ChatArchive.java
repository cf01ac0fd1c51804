package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Hands chat lines from the event loop to one background archiver thread.
 * enqueue() uses offer() and never waits; drainUntilInterrupted() waits on take().
 */
public class ChatArchive {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(10_000);
    private final Path file;

    public ChatArchive(Path file) {
        this.file = file;
    }

    public boolean enqueue(String line) {
        return lines.offer(line);
    }

    public void drainUntilInterrupted() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String line = lines.take();
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("chat archive write failed", e);
        }
    }
}
