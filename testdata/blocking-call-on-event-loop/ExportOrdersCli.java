package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Command-line export tool run by operators. It owns its main thread and may block freely:
 * no event loop ever calls into it.
 */
public final class ExportOrdersCli {

    private ExportOrdersCli() {
    }

    public static void main(String[] args) throws Exception {
        String day = args.length > 0 ? args[0] : "2024-01-31";
        Path target = Path.of(args.length > 1 ? args[1] : "orders-" + day + ".csv");
        OrderDao orders = new OrderDao(Databases.lookup("orders"));
        ExecutorService pool = Executors.newFixedThreadPool(2); // ok: nested-event-loop
        int exitCode;
        try {
            CompletableFuture<List<String>> settled =
                    CompletableFuture.supplyAsync(() -> orders.settledOn(day), pool); // ok: blocking-call-on-event-loop
            CompletableFuture<String> summary =
                    CompletableFuture.supplyAsync(() -> orders.summaryFor(day), pool); // ok: blocking-call-on-event-loop
            List<String> rows = settled.get(); // ok: blocking-call-on-event-loop, wait-on-own-executor
            for (int attempt = 1; ; attempt++) {
                try {
                    Files.write(target, rows); // ok: blocking-call-on-event-loop
                    break;
                } catch (IOException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    Thread.sleep(Retry.sleep(attempt)); // ok: blocking-call-on-event-loop
                }
            }
            System.out.println(summary.join()); // ok: blocking-call-on-event-loop
            Process gzip = new ProcessBuilder("gzip", "-f", target.toString()).inheritIO().start();
            exitCode = gzip.waitFor(); // ok: blocking-call-on-event-loop
        } finally {
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS); // ok: blocking-call-on-event-loop
        }
        System.exit(exitCode);
    }
}
