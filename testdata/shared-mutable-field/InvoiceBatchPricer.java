package testdata.shared_mutable_field;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Prices the month's invoices on a worker pool, one task per invoice: the invoice and rejection
 * counters are plain fields bumped by every task at once. The slowest time is kept under one private
 * lock (also in the helper only called with it held), the price-list version is set before the
 * first task starts, and each task totals its invoice in a tally of its own.
 */
public class InvoiceBatchPricer {

    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Object statsLock = new Object();
    private final long maxInvoiceCents;

    private int pricedInvoices;
    private int rejectedInvoices;
    private String lastRejectedId;
    private String priceListVersion;
    private long slowestMillis;

    public InvoiceBatchPricer(long maxInvoiceCents) {
        this.maxInvoiceCents = maxInvoiceCents;
    }

    public String priceAll(Map<String, List<Long>> lineCentsByInvoice, String version) throws InterruptedException {
        priceListVersion = version;
        for (Map.Entry<String, List<Long>> invoice : lineCentsByInvoice.entrySet()) {
            workers.execute(() -> {
                long started = System.currentTimeMillis();
                InvoiceTally tally = new InvoiceTally();
                invoice.getValue().forEach(tally::add);
                if (tally.cents() > maxInvoiceCents) { // ok: shared-mutable-field
                    reject(invoice.getKey() + "@" + priceListVersion); // ok: shared-mutable-field
                    return;
                }
                pricedInvoices++; // expect: shared-mutable-field
                synchronized (statsLock) {
                    updateSlowest(System.currentTimeMillis() - started);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
        return pricedInvoices + " priced, " + rejectedInvoices + " rejected (last " + lastRejectedId + ")";
    }

    private void reject(String invoiceRef) {
        rejectedInvoices++; // expect: shared-mutable-field
        lastRejectedId = invoiceRef; // expect: shared-mutable-field
    }

    private void updateSlowest(long millis) {
        slowestMillis = Math.max(slowestMillis, millis); // ok: shared-mutable-field
    }

    public long slowestMillis() {
        synchronized (statsLock) {
            return slowestMillis;
        }
    }

    /** Running total of one invoice; each task creates its own, so nothing here is shared. */
    private static final class InvoiceTally {
        private long cents;

        void add(long lineCents) {
            cents += lineCents; // ok: shared-mutable-field
        }

        long cents() {
            return cents;
        }
    }
}
