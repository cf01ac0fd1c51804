package testdata.nested_event_loop;

import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Stock levels per SKU behind an RxJava API; the values arrive from the warehouse feed. */
public class StockLevels {

    private final ConcurrentMap<String, Integer> levels = new ConcurrentHashMap<>();

    public Single<Integer> levelOf(String sku) {
        return Single.fromCallable(() -> levels.getOrDefault(sku, 0));
    }

    public void update(String sku, int level) {
        levels.put(sku, level);
    }

    public boolean reserve(String sku, int quantity) {
        return levels.computeIfPresent(sku, (key, level) -> level >= quantity ? level - quantity : level) != null;
    }
}
