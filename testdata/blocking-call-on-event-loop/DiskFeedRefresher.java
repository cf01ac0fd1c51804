package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reloads a holiday calendar from disk. It keeps the inherited refresh(), so refresh() on any
 * FeedRefresher may run this blocking reload().
 */
public class DiskFeedRefresher extends FeedRefresher {

    private final Path calendarFile;
    private final Consumer<List<String>> sink;

    public DiskFeedRefresher(Path calendarFile, Consumer<List<String>> sink) {
        this.calendarFile = calendarFile;
        this.sink = sink;
    }

    @Override
    protected void reload() {
        try {
            sink.accept(Files.readAllLines(calendarFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + calendarFile, e);
        }
    }
}
