package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;

/** Price imports that "go faster" with parallel streams: all of them run on the common pool. */
public class BulkPriceImporter {

    private final PriceTable prices;

    public BulkPriceImporter(PriceTable prices) {
        this.prices = prices;
    }

    public int importRows(List<PriceTable.Row> rows) {
        return rows.parallelStream()
                .map(row -> prices.upsert(row)) // expect: blocking-in-async-chain
                .reduce(0, Integer::sum);
    }

    public void stageFeeds(List<Path> feedFiles) {
        feedFiles.stream().parallel().forEach(file -> {
            try {
                List<String> lines = Files.readAllLines(file); // expect: blocking-in-async-chain
                prices.stage(file.getFileName().toString(), lines); // expect: blocking-in-async-chain
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public ForkJoinTask<?> scheduleVacuum() {
        return ForkJoinPool.commonPool().submit(() -> prices.vacuum()); // expect: blocking-in-async-chain
    }

    public List<String> describeAll(List<String> skus) {
        return skus.stream()
                .map(sku -> prices.describe(sku)) // ok: blocking-in-async-chain
                .collect(Collectors.toList());
    }

    public List<String> normalise(List<String> skus) {
        return skus.parallelStream()
                .map(sku -> sku.trim().toUpperCase()) // ok: blocking-in-async-chain
                .distinct()
                .collect(Collectors.toList());
    }
}
