package testdata.shared_mutable_field;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.jcip.annotations.NotThreadSafe;

/**
 * Imports one bank statement file. The parsing runs on the import pool, but a session belongs to
 * one upload: the caller waits for the returned future before it reads the counts, and the class
 * says so with @NotThreadSafe, so its fields are left to the caller's confinement.
 */
@NotThreadSafe
public class StatementImportSession {

    private final Executor importPool;

    private int importedRows;
    private int rejectedRows;
    private String firstRejected;

    public StatementImportSession(Executor importPool) {
        this.importPool = importPool;
    }

    public CompletableFuture<Void> importAsync(List<String> csvLines) {
        return CompletableFuture.runAsync(() -> {
            for (String line : csvLines) {
                if (line.split(";", -1).length == 4) {
                    importedRows++; // ok: shared-mutable-field
                } else {
                    reject(line);
                }
            }
        }, importPool);
    }

    private void reject(String line) {
        rejectedRows++; // ok: shared-mutable-field
        if (rejectedRows == 1) {
            firstRejected = line; // ok: shared-mutable-field
        }
    }

    public String report() {
        return importedRows + " imported, " + rejectedRows + " rejected, first: " + firstRejected;
    }
}
