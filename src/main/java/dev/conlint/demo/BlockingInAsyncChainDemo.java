package dev.conlint.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The canonical example of rules/blocking-in-async-chain.md: {@code QuoteService.quote} prices a SKU
 * with a blocking catalog query in {@code supplyAsync} and converts it with a blocking FX call in
 * {@code thenApply} (two 50 ms sleeps stand in for JDBC and {@code HttpClient.send}), on the ForkJoin
 * common pool; next to the same chain on an I/O executor of its own ({@code supplyAsync(fn, io)},
 * {@code thenApplyAsync(fn, io)}). Three quotes per common-pool thread are in flight while twenty
 * unrelated quick tasks are submitted to the common pool 10 ms apart; the demo measures how long
 * they wait for a thread.
 *
 * <p>{@code supplyAsync(fn)} without an executor runs on the common pool whenever its parallelism
 * is at least two (three CPUs or more). With fewer, the JDK starts a thread per task instead; the
 * demo hands its tasks to the common pool itself so it shows that pool on every machine, with as
 * many quotes as {@link ForkJoinPool#getCommonPoolParallelism()} says it has threads, times three.
 */
public final class BlockingInAsyncChainDemo implements Demo {

    static final Duration CALL = Duration.ofMillis(50);
    static final int QUOTES_PER_POOL_THREAD = 3;
    static final int QUICK_TASKS = 20;
    static final Duration QUICK_EVERY = Duration.ofMillis(10);

    /** A price in a currency. */
    private record Quote(String sku, double price, double rate) { }

    @Override
    public String ruleId() {
        return "blocking-in-async-chain";
    }

    /** How many quotes are in flight at once: three per common-pool thread. */
    static int quotes() {
        return QUOTES_PER_POOL_THREAD * ForkJoinPool.getCommonPoolParallelism();
    }

    @Override
    public DemoResult run() {
        double[] anti = measure(false);
        double[] fixed = measure(true);
        int threads = ForkJoinPool.getCommonPoolParallelism();
        return new DemoResult(ruleId(), quotes() + " quotes, each a " + CALL.toMillis() + " ms catalog query then a "
                + CALL.toMillis() + " ms FX call, while " + QUICK_TASKS + " unrelated quick tasks use the common pool ("
                + threads + (threads == 1 ? " thread)" : " threads)"),
                "thenApply on the common pool", "thenApplyAsync on an I/O pool",
                List.of(new DemoResult.Measure("quick tasks' wait, max", "ms", anti[0], fixed[0]),
                        new DemoResult.Measure("quick tasks' wait, median", "ms", anti[1], fixed[1]),
                        new DemoResult.Measure("all quotes answered after", "ms", anti[2], fixed[2])));
    }

    /** {max wait of a quick task, median wait, ms until every quote was answered}. */
    private static double[] measure(boolean ioExecutor) {
        int quotes = quotes();
        ExecutorService io = ioExecutor ? Executors.newFixedThreadPool(quotes, daemon("quote-io")) : null;
        Backend backend = new Backend();
        try {
            long start = System.nanoTime();
            List<CompletableFuture<Long>> answeredAt = new ArrayList<>();
            for (int i = 0; i < quotes; i++) {
                CompletableFuture<Quote> quote = io == null ? quoteOnCommonPool(backend, "sku-" + i)
                        : quoteOnIo(backend, "sku-" + i, io);
                answeredAt.add(quote.thenApply(q -> System.nanoTime()));
            }
            backend.awaitCallsStarted(Math.min(quotes, ForkJoinPool.getCommonPoolParallelism()));
            List<CompletableFuture<Long>> waits = quickTasks();
            long last = start;
            for (CompletableFuture<Long> at : answeredAt) {
                last = Math.max(last, at.get(20, TimeUnit.SECONDS));
            }
            double millis = (last - start) / 1e6;
            double[] waited = new double[waits.size()];
            for (int i = 0; i < waited.length; i++) {
                waited[i] = waits.get(i).get(20, TimeUnit.SECONDS) / 1e6;
            }
            Arrays.sort(waited);
            return new double[] {waited[waited.length - 1], waited[waited.length / 2], millis};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a quote or a quick task did not finish", e);
        } finally {
            if (io != null) {
                io.shutdownNow();
            }
        }
    }

    /** The demo's anti-pattern, on purpose: both blocking calls hold a common-pool thread. */
    private static CompletableFuture<Quote> quoteOnCommonPool(Backend backend, String sku) {
        return CompletableFuture.supplyAsync(() -> backend.price(sku), commonPool())
                .thenApply(price -> new Quote(sku, price, backend.rate("EUR")));
    }

    private static CompletableFuture<Quote> quoteOnIo(Backend backend, String sku, Executor io) {
        return CompletableFuture.supplyAsync(() -> backend.price(sku), io)
                .thenApplyAsync(price -> new Quote(sku, price, backend.rate("EUR")), io);
    }

    /** Unrelated quick tasks on the common pool, 10 ms apart; each future holds how long it waited, in ns. */
    private static List<CompletableFuture<Long>> quickTasks() throws InterruptedException {
        Executor commonPool = commonPool();
        List<CompletableFuture<Long>> waits = new ArrayList<>();
        for (int i = 0; i < QUICK_TASKS; i++) {
            long submitted = System.nanoTime();
            waits.add(CompletableFuture.supplyAsync(() -> System.nanoTime() - submitted, commonPool));
            Thread.sleep(QUICK_EVERY.toMillis());
        }
        return waits;
    }

    /** The catalog and the FX service: each call blocks for {@link #CALL}, as JDBC and HTTP would. */
    private static final class Backend {

        private final AtomicInteger callsStarted = new AtomicInteger();

        double price(String sku) {
            callsStarted.incrementAndGet();
            pause();
            return 10 + sku.length();
        }

        double rate(String currency) {
            pause();
            return currency.equals("EUR") ? 0.92 : 1.0;
        }

        /** Waits (at most two seconds) until {@code n} price queries are under way: the pool is busy. */
        void awaitCallsStarted(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (callsStarted.get() < n && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(CALL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The common pool itself, where {@code supplyAsync(fn)} runs with three CPUs or more. Handed over
     * as a bare {@code ForkJoinPool.commonPool()}, CompletableFuture would swap it for a thread per
     * task when the pool has a single thread, as on a 2-CPU machine.
     */
    private static Executor commonPool() {
        return ForkJoinPool.commonPool()::execute;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
