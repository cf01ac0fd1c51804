package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Report assembly done right: blocking stages run on a dedicated I/O executor, and the
 * template is read on the calling thread before the chain starts.
 */
public class ReportAssemblyService implements AutoCloseable {

    private final ExecutorService ioExecutor = Executors.newFixedThreadPool(8); // ok: nested-event-loop
    private final SalesRepository sales;
    private final ArchiveStore archive;
    private final Path templateDir;

    public ReportAssemblyService(SalesRepository sales, ArchiveStore archive, Path templateDir) {
        this.sales = sales;
        this.archive = archive;
        this.templateDir = templateDir;
    }

    public CompletableFuture<String> assemble(String reportId) throws IOException {
        String template = Files.readString(templateDir.resolve(reportId + ".tpl")); // ok: blocking-in-async-chain
        return CompletableFuture.supplyAsync(() -> sales.totalsFor(reportId), ioExecutor) // ok: blocking-in-async-chain
                .thenApply(totals -> sales.annotate(reportId, totals)) // ok: blocking-in-async-chain
                .thenApplyAsync(body -> archive.store(reportId, template.replace("{{body}}", body)), ioExecutor) // ok: blocking-in-async-chain
                .thenApply(path -> CsvFormat.join(List.of(reportId, path.toString()))); // ok: blocking-in-async-chain
    }

    public CompletableFuture<String> headerLine(List<String> columns) {
        return CompletableFuture.supplyAsync(() -> CsvFormat.join(columns)); // ok: blocking-in-async-chain
    }

    @Override
    public void close() {
        ioExecutor.shutdown();
    }
}
