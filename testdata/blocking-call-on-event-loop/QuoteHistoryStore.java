package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Daily closing prices stored as one CSV file per symbol; reads hit the disk every time. */
public class QuoteHistoryStore {

    private final Path directory;

    public QuoteHistoryStore(Path directory) {
        this.directory = directory;
    }

    public List<String> lastCloses(String symbol) {
        Path file = directory.resolve(symbol.toUpperCase() + ".csv");
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no history for " + symbol, e);
        }
    }

    public String lastClose(String symbol) {
        List<String> closes = lastCloses(symbol);
        return closes.isEmpty() ? symbol + " n/a" : symbol + " " + closes.get(closes.size() - 1);
    }
}
