package dev.conlint.witness;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Witness for {@code blocking-in-async-chain}: the ForkJoin common pool is one small pool per JVM, and a
 * thread parked in {@code Thread.sleep} (or JDBC, HTTP, ...) does not tell the pool it is waiting, so
 * nothing replaces it: with as many blocking tasks as the pool has threads, every other common-pool task
 * (quick {@code supplyAsync} work included) queues behind them. A dedicated executor for the blocking work
 * leaves the common pool free.
 *
 * <p>Also witnessed, as the rule states: with a common-pool parallelism below 2 (a 2-CPU machine),
 * {@code CompletableFuture}'s async methods without an executor do not use the pool at all but start a new
 * thread per task.
 *
 * <p>The common pool's size is fixed when it is first used, by the CPU count or
 * {@code java.util.concurrent.ForkJoinPool.common.parallelism}. Direct common-pool tasks are measured in this
 * JVM, whatever its parallelism; {@code supplyAsync} itself is measured in a child JVM with parallelism
 * pinned to 2 (and 1), so the result does not depend on the machine. The starvation evidence is logical, not
 * a tight timing: when the quick task runs, at least one blocker has already finished.
 */
// runs the anti-patterns on purpose, to show what the frameworks do with them; conlint reports each
// one (WitnessesAreFindingsTest checks that), so they are suppressed here for the self-scan
@SuppressWarnings("conlint")
class CommonPoolStarvationWitnessTest {

    /** How long each blocker sleeps: long against the scheduling noise of a loaded 2-core machine. */
    static final long BLOCK_MS = 1200;

    /**
     * The common pool as a plain {@link Executor}. {@code CompletableFuture} swaps {@code ForkJoinPool.commonPool()}
     * itself for a thread per task when the parallelism is below 2; a lambda is not screened, so the
     * tasks really go to the pool.
     */
    static final Executor COMMON_POOL = task -> ForkJoinPool.commonPool().execute(task);

    /** What one run observed: blockers finished when the quick task ran, and how long the quick task took. */
    record Outcome(int finishedBeforeQuick, long quickMs, String blockerThread, String quickThread) {
        String line(String label) {
            return label + " finishedBeforeQuick=" + finishedBeforeQuick + " quickMs=" + quickMs
                    + " blockerThread=" + blockerThread + " quickThread=" + quickThread;
        }
    }

    /**
     * Starts {@code blockers} sleeping tasks on {@code blockingPool} ({@code runAsync} without an executor when
     * null), waits until all of them are asleep, then runs one quick task: on the common pool directly, or with
     * {@code supplyAsync} without an executor.
     */
    static Outcome run(int blockers, Executor blockingPool, boolean quickOnCommonPoolDirectly) throws Exception {
        CountDownLatch asleep = new CountDownLatch(blockers);
        AtomicInteger finished = new AtomicInteger();
        String[] blockerThread = new String[1];
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < blockers; i++) {
            Runnable blocker = () -> {
                blockerThread[0] = Thread.currentThread().getName();
                asleep.countDown();
                try {
                    Thread.sleep(BLOCK_MS);   // stands for JDBC, HttpClient.send, ...
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.incrementAndGet();
            };
            all.add(blockingPool == null ? CompletableFuture.runAsync(blocker) : CompletableFuture.runAsync(blocker, blockingPool));
        }
        try {
            if (!asleep.await(5, TimeUnit.SECONDS)) throw new IllegalStateException("blockers did not start");
            long start = System.nanoTime();
            String[] quickThread = new String[1];
            java.util.function.Supplier<Integer> quick = () -> {
                quickThread[0] = Thread.currentThread().getName();
                return finished.get();
            };
            CompletableFuture<Integer> q = quickOnCommonPoolDirectly
                    ? CompletableFuture.supplyAsync(quick, COMMON_POOL)
                    : CompletableFuture.supplyAsync(quick);
            int seen = q.get(5, TimeUnit.SECONDS);
            long quickMs = (System.nanoTime() - start) / 1_000_000;
            return new Outcome(seen, quickMs, blockerThread[0], quickThread[0]);
        } finally {
            CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(5, TimeUnit.SECONDS);
        }
    }

    // --- in this JVM: tasks given to ForkJoinPool.commonPool() directly, whatever its parallelism

    @Test
    void blockingTasksOnTheCommonPoolDelayQuickWork() throws Exception {
        int p = ForkJoinPool.getCommonPoolParallelism();
        Outcome o = run(p, COMMON_POOL, true);
        System.out.println("[witness] common pool (parallelism " + p + "): " + o.line(p + " sleepers on commonPool:"));
        assertTrue(o.blockerThread().startsWith("ForkJoinPool.commonPool-worker-"), o.blockerThread());
        assertTrue(o.finishedBeforeQuick() >= 1,
                "the quick task should only run once a blocker has left the pool: " + o.line(""));
        // physical bound: the blockers were all asleep when the quick task was submitted
        assertTrue(o.quickMs() >= BLOCK_MS / 2, "the quick task should wait for the blockers: " + o.quickMs() + " ms");
    }

    @Test
    void aDedicatedExecutorForTheBlockingWorkKeepsTheCommonPoolFree() throws Exception {
        int p = ForkJoinPool.getCommonPoolParallelism();
        ExecutorService io = Executors.newFixedThreadPool(p);
        try {
            Outcome o = run(p, io, true);
            System.out.println("[witness] common pool (parallelism " + p + "): " + o.line(p + " sleepers on a dedicated pool:"));
            assertEquals(0, o.finishedBeforeQuick(), "the quick task should not wait for the blockers: " + o.line(""));
            assertTrue(o.quickMs() < BLOCK_MS / 2, "the quick task should complete promptly: " + o.quickMs() + " ms");
        } finally {
            io.shutdownNow();
            assertTrue(io.awaitTermination(5, TimeUnit.SECONDS));
        }
    }

    // --- supplyAsync without an executor, in child JVMs with the parallelism pinned

    @Test
    void supplyAsyncWithoutAnExecutorStarvesOnTheCommonPool() throws Exception {
        Map<String, String> r = child(2);
        assertEquals("2", r.get("parallelism"));
        assertTrue(r.get("anti.blockerThread").startsWith("ForkJoinPool.commonPool-worker-"), r.toString());
        assertTrue(Integer.parseInt(r.get("anti.finishedBeforeQuick")) >= 1,
                "with 2 sleepers on a 2-thread common pool, a quick supplyAsync should run only after one finished: " + r);
        assertTrue(Long.parseLong(r.get("anti.quickMs")) >= BLOCK_MS / 2, "the quick supplyAsync should wait: " + r);
        assertEquals("0", r.get("fix.finishedBeforeQuick"), "with the sleepers on their own executor the quick task should not wait: " + r);
        assertTrue(Long.parseLong(r.get("fix.quickMs")) < BLOCK_MS / 2, "the quick supplyAsync should complete promptly: " + r);
    }

    @Test
    void withParallelismBelowTwoSupplyAsyncStartsAThreadPerTask() throws Exception {
        Map<String, String> r = child(1);
        assertEquals("1", r.get("parallelism"));
        assertEquals("false", r.get("threadPerTask.onForkJoinWorker"), r.toString());
        assertEquals("5", r.get("threadPerTask.distinctThreads"), "five async tasks, five new threads: " + r);
        // no pool, so no starvation either: the quick task runs while the sleepers sleep
        assertEquals("0", r.get("anti.finishedBeforeQuick"), r.toString());
    }

    /** Runs {@link Probe} in a child JVM and parses its key=value lines. */
    private static Map<String, String> child(int parallelism) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java,
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + parallelism,
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true);
        Process process = pb.start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(out);
                } catch (Exception ignored) {
                    // process killed
                }
            });
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(9, TimeUnit.SECONDS)) fail("probe JVM did not finish");
            pump.join(2000);
            String text = out.toString(StandardCharsets.UTF_8);
            System.out.print(text.lines().map(l -> "[witness] child JVM (parallelism " + parallelism + "): " + l + "\n").reduce("", String::concat));
            assertEquals(0, process.exitValue(), text);
            Map<String, String> r = new HashMap<>();
            text.lines().filter(l -> l.contains("=")).forEach(l -> r.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1).trim()));
            return r;
        } finally {
            process.destroyForcibly();
        }
    }

    /** Child-JVM main: prints what {@code supplyAsync} without an executor does with this JVM's common pool. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            int p = ForkJoinPool.getCommonPoolParallelism();
            System.out.println("parallelism=" + p);
            Set<String> threads = new HashSet<>();
            boolean onWorker = false;
            for (int i = 0; i < 5; i++) {
                Thread t = CompletableFuture.supplyAsync(Thread::currentThread).get(5, TimeUnit.SECONDS);
                threads.add(t.getName() + "#" + t.getId());
                onWorker |= t instanceof ForkJoinWorkerThread;
            }
            System.out.println("threadPerTask.onForkJoinWorker=" + onWorker);
            System.out.println("threadPerTask.distinctThreads=" + threads.size());
            Outcome anti = run(Math.max(p, 1), null, false);
            print("anti", anti);
            ExecutorService io = Executors.newFixedThreadPool(Math.max(p, 1));
            try {
                print("fix", run(Math.max(p, 1), io, false));
            } finally {
                io.shutdownNow();
            }
            System.exit(0);
        }

        private static void print(String label, Outcome o) {
            System.out.println(label + ".finishedBeforeQuick=" + o.finishedBeforeQuick());
            System.out.println(label + ".quickMs=" + o.quickMs());
            System.out.println(label + ".blockerThread=" + o.blockerThread());
            System.out.println(label + ".quickThread=" + o.quickThread());
        }
    }
}
