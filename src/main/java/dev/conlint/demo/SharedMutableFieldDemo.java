package dev.conlint.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * The canonical example of rules/shared-mutable-field.md: an invoice pricer whose tasks, submitted
 * in a loop to a pool, count with plain {@code pricedInvoices++} and {@code rejectedInvoices++},
 * next to one that counts with {@link LongAdder}s. Four million invoices, in 400 tasks, run on a
 * 4-thread pool; the counts are read after the pool's termination, which orders them, so every
 * invoice missing from them was lost by the racing increments. Then the rule's third shape, the stop
 * flag: a worker spins {@code while (running)} and {@code shutdown()} clears the flag, a plain
 * {@code boolean} next to a {@code volatile} one; the worker gives up by itself after a second.
 */
public final class SharedMutableFieldDemo implements Demo {

    static final int THREADS = 4;
    static final int BATCHES = 400;
    static final int INVOICES_PER_BATCH = 10_000;
    static final long MAX_INVOICE_CENTS = 90_000;
    /** How long the worker spins before {@code shutdown()}: long enough for the JIT to compile its loop. */
    static final long SPIN_MILLIS = 300;
    /** How long after {@code shutdown()} the worker keeps spinning before it gives up by itself. */
    static final long GIVE_UP_MILLIS = 1_000;

    @Override
    public String ruleId() {
        return "shared-mutable-field";
    }

    @Override
    public DemoResult run() {
        long expected = (long) BATCHES * INVOICES_PER_BATCH;
        long plain = new PlainPricer().priceAll();
        long adders = new AdderPricer().priceAll();
        double plainStop = new PlainPoller().millisUntilStopped();
        double volatileStop = new VolatilePoller().millisUntilStopped();
        return new DemoResult(ruleId(), String.format("%,d", expected) + " invoices counted by " + BATCHES
                + " tasks on a " + THREADS + "-thread pool; then a worker polling a stop flag is shut down",
                "plain fields", "LongAdder, volatile",
                List.of(new DemoResult.Measure("increments expected", "", expected, expected),
                        new DemoResult.Measure("counted", "", plain, adders),
                        new DemoResult.Measure("stop flag seen after", "ms", plainStop, volatileStop)));
    }

    /** An invoice's total, in cents: a stand-in for adding up its lines (about one in ten is over the limit). */
    static long cents(long invoice) {
        return (invoice * 0x9E3779B97F4A7C15L >>> 47) % 100_000;
    }

    /** The anti-pattern: plain fields bumped by every task. */
    private static final class PlainPricer {
        private long pricedInvoices;
        private long rejectedInvoices;

        @SuppressWarnings("conlint:shared-mutable-field") // the demo's anti-pattern, on purpose
        long priceAll() {
            ExecutorService workers = Daemons.pool(THREADS);
            try {
                for (int b = 0; b < BATCHES; b++) {
                    long first = (long) b * INVOICES_PER_BATCH;
                    workers.execute(() -> {
                        for (long invoice = first; invoice < first + INVOICES_PER_BATCH; invoice++) {
                            if (cents(invoice) > MAX_INVOICE_CENTS) {
                                rejectedInvoices++;   // read, add, write: racing the other tasks
                            } else {
                                pricedInvoices++;
                            }
                        }
                    });
                }
                Daemons.finish(workers);
                return pricedInvoices + rejectedInvoices;
            } finally {
                workers.shutdownNow();
            }
        }
    }

    /** The fix: counters made for many writers. */
    private static final class AdderPricer {
        private final LongAdder pricedInvoices = new LongAdder();
        private final LongAdder rejectedInvoices = new LongAdder();

        long priceAll() {
            ExecutorService workers = Daemons.pool(THREADS);
            try {
                for (int b = 0; b < BATCHES; b++) {
                    long first = (long) b * INVOICES_PER_BATCH;
                    workers.execute(() -> {
                        for (long invoice = first; invoice < first + INVOICES_PER_BATCH; invoice++) {
                            if (cents(invoice) > MAX_INVOICE_CENTS) {
                                rejectedInvoices.increment();
                            } else {
                                pricedInvoices.increment();
                            }
                        }
                    });
                }
                Daemons.finish(workers);
                return pricedInvoices.sum() + rejectedInvoices.sum();
            } finally {
                workers.shutdownNow();
            }
        }
    }

    /** The anti-pattern: a plain stop flag, which the JIT may read once for the whole loop. */
    private static final class PlainPoller {
        private boolean running = true;

        @SuppressWarnings("conlint:shared-mutable-field") // the demo's anti-pattern, on purpose
        double millisUntilStopped() {
            long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_MILLIS + GIVE_UP_MILLIS);
            CompletableFuture<Long> stopped = new CompletableFuture<>();
            Thread worker = new Thread(() -> {
                while (running && System.nanoTime() < giveUp) {
                    // poll the queue
                }
                stopped.complete(System.nanoTime());
            }, "plain-poller");
            worker.setDaemon(true);
            worker.start();
            sleep(SPIN_MILLIS);
            long shutdown = System.nanoTime();
            shutdown();
            return (await(stopped) - shutdown) / 1e6;
        }

        public void shutdown() {
            running = false;
        }
    }

    /** The fix: a volatile stop flag, read anew on every turn. */
    private static final class VolatilePoller {
        private volatile boolean running = true;

        double millisUntilStopped() {
            long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_MILLIS + GIVE_UP_MILLIS);
            CompletableFuture<Long> stopped = new CompletableFuture<>();
            Thread worker = new Thread(() -> {
                while (running && System.nanoTime() < giveUp) {
                    // poll the queue
                }
                stopped.complete(System.nanoTime());
            }, "volatile-poller");
            worker.setDaemon(true);
            worker.start();
            sleep(SPIN_MILLIS);
            long shutdown = System.nanoTime();
            shutdown();
            return (await(stopped) - shutdown) / 1e6;
        }

        public void shutdown() {
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long await(CompletableFuture<Long> stopped) {
        try {
            return stopped.get(GIVE_UP_MILLIS + Daemons.TIMEOUT_SECONDS * 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the poller did not stop", e);
        }
    }
}
