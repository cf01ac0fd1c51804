package testdata.thread_unsafe_object_shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Rolls up the day's sales on a background thread while the admin page polls the totals, then
 * pushes the summary to the finance subscribers, one async delivery each.
 */
public class RevenueRollupJob {

    public record Sale(String region, BigDecimal amount, boolean refunded) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService deliveryPool = Executors.newFixedThreadPool(4);
    private final Map<String, BigDecimal> totalsByRegion = new HashMap<>();
    private final List<String> auditLines = new ArrayList<>();
    private final List<Sale> refunds = new ArrayList<>();
    private final List<String> failedSubscribers = new ArrayList<>();
    private final List<String> deliveryLog = Collections.synchronizedList(new ArrayList<>());

    public void start(List<Sale> sales) {
        worker.execute(() -> {
            for (Sale sale : sales) {
                book(sale);
            }
            audit("rollup finished: " + sales.size() + " sales");
        });
    }

    private void book(Sale sale) {
        if (sale.refunded()) {
            recordRefund(sale);
            return;
        }
        totalsByRegion.merge(sale.region(), sale.amount(), BigDecimal::add); // expect: thread-unsafe-object-shared
        audit("booked " + sale.amount() + " in " + sale.region());
    }

    private void audit(String line) {
        auditLines.add(line); // expect: thread-unsafe-object-shared
    }

    private synchronized void recordRefund(Sale sale) {
        refunds.add(sale); // ok: thread-unsafe-object-shared
    }

    public BigDecimal totalFor(String region) {
        return totalsByRegion.getOrDefault(region, BigDecimal.ZERO);
    }

    public int auditLineCount() {
        return auditLines.size();
    }

    public synchronized int refundCount() {
        return refunds.size(); // ok: thread-unsafe-object-shared
    }

    public void publish(String summary, Map<String, Consumer<String>> subscribers) {
        for (Map.Entry<String, Consumer<String>> subscriber : subscribers.entrySet()) {
            CompletableFuture.runAsync(() -> {
                if (!deliver(subscriber.getKey(), subscriber.getValue(), summary)) {
                    failedSubscribers.add(subscriber.getKey()); // expect: thread-unsafe-object-shared
                }
            }, deliveryPool);
        }
    }

    private boolean deliver(String name, Consumer<String> subscriber, String summary) {
        try {
            subscriber.accept(summary);
        } catch (RuntimeException e) {
            return false;
        }
        synchronized (deliveryLog) {
            deliveryLog.add(name + " delivered"); // ok: thread-unsafe-object-shared
        }
        return true;
    }

    public boolean hasFailed(String subscriber) {
        return failedSubscribers.contains(subscriber);
    }

    public int deliveredCount() {
        synchronized (deliveryLog) {
            return deliveryLog.size(); // ok: thread-unsafe-object-shared
        }
    }

    public void close() {
        worker.shutdown();
        deliveryPool.shutdown();
    }
}
