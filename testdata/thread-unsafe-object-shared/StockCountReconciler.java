package testdata.thread_unsafe_object_shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nightly stock count: one task per SKU compares the scanner count with the ledger. The tasks run
 * on a shared pool, many at the same time.
 */
public class StockCountReconciler {

    public interface StockLedger {
        int onHand(String sku);

        String binOf(String sku);

        Map<String, Integer> openingBalances();
    }

    private final ExecutorService pool;
    private final StockLedger ledger;
    private final Map<String, String> binBySku;
    private final Map<String, Integer> counted = new HashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Integer> adjustments = new ConcurrentHashMap<>();
    private final LongAdder skusChecked = new LongAdder();
    private final Map<String, Integer> openingStock = new HashMap<>();

    public StockCountReconciler(ExecutorService pool, StockLedger ledger, Map<String, String> binBySku) {
        this.pool = pool;
        this.ledger = ledger;
        this.binBySku = binBySku;
    }

    public List<String> reconcile(Map<String, Integer> scans) throws InterruptedException, ExecutionException {
        List<Future<?>> pending = new ArrayList<>();
        for (Map.Entry<String, Integer> scan : scans.entrySet()) {
            pending.add(pool.submit(() -> {
                counted.put(scan.getKey(), scan.getValue()); // expect: thread-unsafe-object-shared
                binBySku.put(scan.getKey(), ledger.binOf(scan.getKey())); // ok: thread-unsafe-object-shared
                check(scan.getKey(), scan.getValue());
            }));
        }
        for (Future<?> done : pending) {
            done.get();
        }
        return new ArrayList<>(mismatches);
    }

    private void check(String sku, int scanned) {
        int expected = ledger.onHand(sku);
        skusChecked.increment(); // ok: thread-unsafe-object-shared
        if (expected != scanned) {
            adjustments.merge(sku, scanned - expected, Integer::sum); // ok: thread-unsafe-object-shared
            flagMismatch(sku, expected, scanned);
        }
    }

    private void flagMismatch(String sku, int expected, int scanned) {
        StringBuilder note = new StringBuilder(sku);
        note.append(": ledger ").append(expected).append(", counted ").append(scanned); // ok: thread-unsafe-object-shared
        mismatches.add(note.toString()); // expect: thread-unsafe-object-shared
    }

    public int loadOpeningStock() throws InterruptedException, ExecutionException {
        openingStock.clear(); // ok: thread-unsafe-object-shared
        Future<?> load = pool.submit(() -> openingStock.putAll(ledger.openingBalances())); // ok: thread-unsafe-object-shared
        load.get();
        return openingStock.size(); // ok: thread-unsafe-object-shared
    }

    public long checkedCount() {
        return skusChecked.sum();
    }
}
