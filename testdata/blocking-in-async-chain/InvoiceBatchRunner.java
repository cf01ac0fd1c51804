package testdata.blocking_in_async_chain;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Batch entry point: fans work out to its own executor and waits for it on the main thread.
 * The waits happen before and after the chains, not inside them.
 */
public final class InvoiceBatchRunner {

    private InvoiceBatchRunner() {
    }

    public static void main(String[] args) throws Exception {
        CarrierApi carrier = new CarrierApi(HttpClient.newHttpClient(), URI.create("https://carrier.example.com"));
        ArchiveStore archive = new ArchiveStore(Path.of("var", "archive"));
        List<String> trackingIds = List.of(args);
        ExecutorService io = Executors.newFixedThreadPool(16); // ok: nested-event-loop
        try {
            List<CompletableFuture<Path>> archived = trackingIds.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> carrier.fetchEta(id), io) // ok: blocking-in-async-chain
                            .thenApplyAsync(eta -> archive.store(id, eta.toString()), io)) // ok: blocking-in-async-chain
                    .collect(Collectors.toList());
            CompletableFuture.allOf(archived.toArray(new CompletableFuture<?>[0])).join(); // ok: blocking-in-async-chain
            for (CompletableFuture<Path> done : archived) {
                System.out.println(done.get()); // ok: blocking-in-async-chain
            }
            // the carrier allows one more request per second once a batch is done
            TimeUnit.SECONDS.sleep(1); // ok: blocking-in-async-chain
            Instant late = carrier.fetchEta(trackingIds.isEmpty() ? "none" : trackingIds.get(0)); // ok: blocking-in-async-chain
            System.out.println("first ETA re-checked: " + late);
        } finally {
            io.shutdown();
            io.awaitTermination(1, TimeUnit.MINUTES); // ok: blocking-in-async-chain
        }
    }
}
