package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Archives customer letters: read, redact, store, convert, all on the common pool. */
public class DocumentArchiveService {

    private final ArchiveStore archive;

    public DocumentArchiveService(ArchiveStore archive) {
        this.archive = archive;
    }

    public CompletableFuture<Path> archiveLetter(String letterId, Path draft) {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return Files.readString(draft); // expect: blocking-in-async-chain
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .thenApplyAsync(text -> Redaction.redact(text)) // ok: blocking-in-async-chain
                .thenApplyAsync(clean -> archive.store(letterId, clean)); // expect: blocking-in-async-chain
    }

    public CompletableFuture<Void> convertToPdf(String letterId) {
        Path source = archive.locate(letterId);
        return CompletableFuture.runAsync(() -> {
            try {
                Process convert = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf",
                        source.toString()).start();
                if (convert.waitFor() != 0) { // expect: blocking-in-async-chain
                    throw new IllegalStateException("conversion failed for " + letterId);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
