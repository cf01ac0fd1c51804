package testdata.shared_mutable_field;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * End-of-day sales figures for the store dashboard. ingest() and countEmptyBaskets() fold the day's
 * sales into plain fields from parallel-stream lambdas, so updates from the pool's threads are
 * lost. The item count uses a LongAdder, the peak sale is replaced under a ReentrantLock on both
 * sides, and refunds are folded by a sequential stream on the caller's thread.
 */
public class SalesStatistics {

    public record StoreSale(String region, long cents, int items) { }

    private final LongAdder itemsSold = new LongAdder();
    private final ReentrantLock peakLock = new ReentrantLock();

    private long revenueCents;
    private long largestSaleCents;
    private int emptyBaskets;
    private long refundedCents;
    private StoreSale peakSale = new StoreSale("none", 0, 0);

    public void ingest(List<StoreSale> sales) {
        sales.parallelStream().forEach(sale -> {
            revenueCents += sale.cents(); // expect: shared-mutable-field
            itemsSold.add(sale.items()); // ok: shared-mutable-field
            trackLargest(sale.cents());
        });
    }

    private void trackLargest(long cents) {
        largestSaleCents = Math.max(largestSaleCents, cents); // expect: shared-mutable-field
    }

    public void trackPeak(List<StoreSale> sales) {
        sales.parallelStream().forEach(sale -> {
            peakLock.lock();
            try {
                if (sale.cents() > peakSale.cents()) { // ok: shared-mutable-field
                    peakSale = sale; // ok: shared-mutable-field
                }
            } finally {
                peakLock.unlock();
            }
        });
    }

    public StoreSale peakSale() {
        peakLock.lock();
        try {
            return peakSale;
        } finally {
            peakLock.unlock();
        }
    }

    public void countEmptyBaskets(int[] itemsPerBasket) {
        IntStream.range(0, itemsPerBasket.length).parallel().forEach(i -> {
            if (itemsPerBasket[i] == 0) {
                emptyBaskets++; // expect: shared-mutable-field
            }
        });
    }

    public void applyRefunds(List<StoreSale> refunds) {
        refunds.stream().forEach(refund -> refundedCents += refund.cents()); // ok: shared-mutable-field
    }

    public String dashboardLine() {
        return "revenue=" + (revenueCents - refundedCents) + " largest=" + largestSaleCents
                + " items=" + itemsSold.sum() + " empty=" + emptyBaskets;
    }
}
