package testdata.check_then_act;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports supplier catalogue files: one pool task per file, rows validated with a parallel stream.
 * The progress counters are volatile, which does not make ++ and += atomic across the pool
 * threads; the category table is lazily built by whichever tasks find it missing.
 */
public class CatalogImportJob {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ConcurrentMap<String, Integer> rowsPerCategory = new ConcurrentHashMap<>();
    private volatile int filesImported;
    private volatile long rowsImported;
    private volatile int rowsRejected;
    private volatile int heartbeats;
    private volatile int batchesStarted;
    private Map<String, String> categoryNames;
    private String reportHeader;

    public void importFiles(List<List<String>> files) {
        batchesStarted++; // ok: check-then-act
        for (List<String> rows : files) {
            pool.submit(() -> importFile(rows));
        }
    }

    private void importFile(List<String> rows) {
        for (String row : rows) {
            rowsPerCategory.merge(categoryOf(row), 1, Integer::sum); // ok: check-then-act
        }
        rowsImported += rows.size(); // expect: check-then-act
        filesImported++; // expect: check-then-act
    }

    private String categoryOf(String row) {
        if (categoryNames == null) { // expect: check-then-act
            categoryNames = Map.of("10", "Fasteners", "20", "Power tools", "30", "Garden");
        }
        return categoryNames.getOrDefault(row.substring(0, 2), "Uncategorised");
    }

    public int validate(List<String> rows) {
        rows.parallelStream().filter(row -> row.length() < 4).forEach(row -> {
            rowsRejected++; // expect: check-then-act
        });
        return rowsRejected;
    }

    public void startHeartbeat() {
        new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heartbeats++; // ok: check-then-act
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).start();
    }

    public String summary() {
        if (reportHeader == null) { // ok: check-then-act
            reportHeader = "Catalogue import, batch " + batchesStarted;
        }
        return reportHeader + ": " + filesImported + " files, " + rowsImported + " rows, "
                + rowsRejected + " rejected, " + heartbeats + " heartbeats";
    }

    public void shutdown() {
        pool.shutdown();
    }
}
