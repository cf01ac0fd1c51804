package dev.conlint.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The canonical example of rules/wait-on-own-executor.md: {@code LedgerWriter} posts entries on a
 * single-thread executor (it keeps them in order), and an entry that closes the period submits a
 * balance query to that same executor and waits for it with {@code get}. The query is queued behind
 * the task that waits for it: a thread-starvation deadlock, which the demo cuts after 300 ms (the
 * query itself takes 5 ms) by cancelling the query. The fix runs the query where the task already
 * is, inline. Six entries are posted; every third closes the period.
 */
public final class WaitOnOwnExecutorDemo implements Demo {

    static final int ENTRIES = 6;
    static final int CLOSING_ENTRIES = ENTRIES / 3;
    static final Duration DAO_CALL = Duration.ofMillis(5);
    static final Duration WAIT_LIMIT = Duration.ofMillis(300);

    /** A ledger entry; some close the accounting period, which takes a balance snapshot. */
    private record Entry(int number, boolean closesPeriod) { }

    @Override
    public String ruleId() {
        return "wait-on-own-executor";
    }

    @Override
    public DemoResult run() {
        double[] anti = post(true);
        double[] fixed = post(false);
        return new DemoResult(ruleId(), ENTRIES + " ledger entries posted on a single-thread executor, "
                + CLOSING_ENTRIES + " of them closing the period with a balance query",
                "get() on its own executor", "query inline",
                List.of(new DemoResult.Measure("entries posted", "", anti[0], fixed[0]),
                        new DemoResult.Measure("waits timed out (deadlock)", "", anti[1], fixed[1]),
                        new DemoResult.Measure("all entries done after", "ms", anti[2], fixed[2])));
    }

    /** {entries posted, waits that timed out, ms until every post was done or failed}. */
    private static double[] post(boolean waitOnOwnExecutor) {
        LedgerWriter ledger = new LedgerWriter(waitOnOwnExecutor);
        try {
            long start = System.nanoTime();
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                posts.add(ledger.post(new Entry(i, i % 3 == 2)));
            }
            int posted = 0;
            for (Future<?> post : posts) {
                if (done(post)) {
                    posted++;
                }
            }
            return new double[] {posted, ledger.deadlocks.get(), (System.nanoTime() - start) / 1e6};
        } finally {
            ledger.close();
        }
    }

    /** Whether {@code post} finished normally; never waits more than ten seconds. */
    private static boolean done(Future<?> post) {
        try {
            post.get(10, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (TimeoutException e) {
            post.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The rule's {@code LedgerWriter}: one daemon thread, so entries are appended in order. */
    private static final class LedgerWriter {

        private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledger");
            t.setDaemon(true);
            return t;
        });
        private final boolean waitOnOwnExecutor;
        private final AtomicInteger deadlocks = new AtomicInteger();

        LedgerWriter(boolean waitOnOwnExecutor) {
            this.waitOnOwnExecutor = waitOnOwnExecutor;
        }

        Future<?> post(Entry entry) {
            return pool.submit(() -> {
                dao();   // append
                if (entry.closesPeriod()) {
                    long balance = waitOnOwnExecutor ? balanceFromOwnExecutor(entry) : balance(entry);
                    dao();   // snapshot
                    return balance;
                }
                return null;
            });
        }

        /**
         * The demo's anti-pattern, on purpose: the query waits in the queue of the thread that waits for it.
         * Cut after {@link #WAIT_LIMIT} so the demo cannot hang.
         */
        @SuppressWarnings("conlint:wait-on-own-executor")
        private long balanceFromOwnExecutor(Entry entry) throws Exception {
            Future<Long> balance = pool.submit(() -> balance(entry));
            try {
                return balance.get(WAIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                deadlocks.incrementAndGet();
                balance.cancel(false);
                throw e;
            }
        }

        private static long balance(Entry entry) {
            dao();
            return 100L * entry.number();
        }

        void close() {
            pool.shutdownNow();
        }

        /** A 5 ms database call. */
        private static void dao() {
            try {
                Thread.sleep(DAO_CALL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
