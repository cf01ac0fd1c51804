package dev.conlint.witness;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Witness for {@code blocking-call-on-event-loop} (Vert.x), with its Vert.x claims from
 * {@code nested-event-loop} and {@code wait-on-own-executor}.
 *
 * <p>Claims proved against the real Vert.x 4 runtime:
 * <ul>
 *   <li>A {@code Thread.sleep} in an event-loop handler ({@code setTimer}) makes Vert.x's
 *       {@code BlockedThreadChecker} log "Thread Thread[vert.x-eventloop-thread-0,...] has been blocked
 *       for N ms, time limit is 50 ms" (with the stack trace of the sleeping handler once past the
 *       warning-exception time), and every other event of that loop waits: a 20 ms periodic timer on
 *       the same loop does not fire for the whole sleep.</li>
 *   <li>The fix, {@code vertx.executeBlocking(...)}, keeps the loop free: the periodic timer keeps
 *       ticking and the checker reports no event-loop block of the sleep's length.</li>
 *   <li>Waiting on the loop for the future of {@code executeBlocking} ({@code toCompletionStage()
 *       .toCompletableFuture().get()}) never sees the result, because Vert.x delivers it on that very
 *       loop (wait-on-own-executor); {@code Future.await(f)} on the loop is refused with
 *       {@code IllegalStateException} (nested-event-loop).</li>
 * </ul>
 *
 * <p>Vert.x logs through its logging facade; with no SLF4J provider or Log4j2 on the test classpath
 * that is {@code java.util.logging}, logger {@code io.vertx.core.impl.BlockedThreadChecker}, where a
 * JUL {@link Handler} captures the warning.
 */
// runs the anti-patterns on purpose, to show what the frameworks do with them; conlint reports each
// one (WitnessesAreFindingsTest checks that), so they are suppressed here for the self-scan
@SuppressWarnings("conlint")
class VertxBlockedLoopWitnessTest {

    private static final String CHECKER_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";
    private static final Pattern BLOCKED = Pattern.compile(
            "Thread Thread\\[(vert\\.x-eventloop-thread-\\d+),.*\\] has been blocked for (\\d+) ms, time limit is (\\d+) ms");
    /** How long the handler holds its thread: long against every limit configured below. */
    private static final long SLEEP_MS = 1500;
    private static final long TICK_MS = 20;

    private Vertx vertx;
    private Logger checkerLogger;   // strong reference: JUL keeps loggers weakly
    private boolean parentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) { records.add(r); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)   // timers set from this thread all land on the one loop
                .setBlockedThreadCheckInterval(100).setBlockedThreadCheckIntervalUnit(MILLISECONDS)
                .setMaxEventLoopExecuteTime(50).setMaxEventLoopExecuteTimeUnit(MILLISECONDS)   // default unit: ns
                .setWarningExceptionTime(500).setWarningExceptionTimeUnit(MILLISECONDS));
        // attached after Vert.x exists, so its logging set-up cannot reset the handler
        checkerLogger = Logger.getLogger(CHECKER_LOGGER);
        capture.setLevel(Level.ALL);
        checkerLogger.addHandler(capture);
        parentHandlers = checkerLogger.getUseParentHandlers();
        checkerLogger.setUseParentHandlers(false);   // a warning with a stack trace every 100 ms: keep the console readable
    }

    @AfterEach
    void closeVertx() throws Exception {
        try {
            if (checkerLogger != null) {
                checkerLogger.removeHandler(capture);
                checkerLogger.setUseParentHandlers(parentHandlers);
            }
        } finally {
            if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void sleepingInATimerHandlerIsReportedAsABlockedEventLoopAndStallsTheLoop() throws Exception {
        List<Long> ticks = new CopyOnWriteArrayList<>();
        long periodic = vertx.setPeriodic(TICK_MS, id -> ticks.add(System.nanoTime()));
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> handlerThread = new AtomicReference<>();
        Thread.sleep(200);
        vertx.setTimer(10, id -> {
            handlerThread.set(Thread.currentThread().getName());
            try {
                Thread.sleep(SLEEP_MS);   // the anti-pattern: blocking on the event loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        assertTrue(done.await(8, TimeUnit.SECONDS), "blocking handler did not finish");
        Thread.sleep(200);
        vertx.cancelTimer(periodic);

        assertTrue(handlerThread.get().startsWith("vert.x-eventloop-thread-"), handlerThread.get());
        List<long[]> blocked = blockedReports();
        System.out.printf("[witness] Vert.x anti: %d blocked-thread warnings, e.g. \"%s\"; longest reported %d ms; timer max gap %d ms%n",
                blocked.size(), firstMessage(), maxReported(blocked), maxGapMs(ticks));
        assertFalse(blocked.isEmpty(), "Vert.x should warn that the event loop is blocked; captured: " + messages());
        assertTrue(blocked.stream().allMatch(b -> b[1] == 50), "time limit in the warning should be the configured 50 ms");
        assertTrue(blocked.stream().anyMatch(b -> b[0] > 50), "a reported block should exceed the 50 ms limit");
        // past warningExceptionTime the warning carries the blocked thread's stack: our sleep in the handler
        assertTrue(records.stream().anyMatch(r -> r.getThrown() != null && stackHasSleep(r.getThrown())),
                "a warning should carry the stack trace of the sleeping handler");
        // physical bound: no tick can run on the loop while it sleeps, so some gap spans the whole sleep
        assertTrue(maxGapMs(ticks) >= SLEEP_MS - 50,
                "the periodic timer should not fire while the loop sleeps: max gap " + maxGapMs(ticks) + " ms");
    }

    @Test
    void executeBlockingKeepsTheLoopTicking() throws Exception {
        List<Long> ticks = new CopyOnWriteArrayList<>();
        long periodic = vertx.setPeriodic(TICK_MS, id -> ticks.add(System.nanoTime()));
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> workerThread = new AtomicReference<>();
        Thread.sleep(200);
        Callable<Void> work = () -> {
            workerThread.set(Thread.currentThread().getName());
            Thread.sleep(SLEEP_MS);
            return null;
        };
        vertx.setTimer(10, id -> vertx.executeBlocking(work).onComplete(ar -> done.countDown()));   // the fix: a worker sleeps
        assertTrue(done.await(8, TimeUnit.SECONDS), "blocking work did not finish");
        Thread.sleep(200);
        vertx.cancelTimer(periodic);

        assertTrue(workerThread.get().startsWith("vert.x-worker-thread-"), workerThread.get());
        List<long[]> blocked = blockedReports();
        System.out.printf("[witness] Vert.x fix: %d event-loop blocked warnings (longest %d ms); timer max gap %d ms over %d ticks%n",
                blocked.size(), maxReported(blocked), maxGapMs(ticks), ticks.size());
        // a loaded machine may hold the loop past 50 ms now and then; never for anything like the sleep
        assertTrue(blocked.stream().allMatch(b -> b[0] < SLEEP_MS / 2),
                "no event-loop block of the sleep's length should be reported: " + messages());
        assertTrue(maxGapMs(ticks) < SLEEP_MS / 2,
                "the periodic timer should keep firing during executeBlocking: max gap " + maxGapMs(ticks) + " ms");
    }

    @Test
    void waitingOnTheLoopForExecuteBlockingNeverSeesTheResultAndAwaitIsRefused() throws Exception {
        Context context = vertx.getOrCreateContext();
        CountDownLatch workerRan = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<Object> joinOutcome = new AtomicReference<>();
        AtomicReference<Throwable> awaitOutcome = new AtomicReference<>();
        AtomicReference<Long> workerDoneBeforeTimeoutMs = new AtomicReference<>();
        context.runOnContext(v -> {
            long start = System.nanoTime();
            Future<Integer> answer = vertx.executeBlocking(() -> {
                workerRan.countDown();
                return 42;
            });
            try {
                // wait-on-own-executor: the result is delivered back on this loop, which is busy waiting
                joinOutcome.set(answer.toCompletionStage().toCompletableFuture().get(1, TimeUnit.SECONDS));
            } catch (Exception e) {
                joinOutcome.set(e);
                try {
                    if (workerRan.await(0, TimeUnit.SECONDS)) workerDoneBeforeTimeoutMs.set((System.nanoTime() - start) / 1_000_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                // nested-event-loop: Vert.x refuses Future.await on an event loop
                Future.await(vertx.executeBlocking(() -> 1));
            } catch (Throwable t) {
                awaitOutcome.set(t);
            }
            finished.countDown();
        });
        assertTrue(finished.await(8, TimeUnit.SECONDS), "loop task did not finish");
        System.out.printf("[witness] Vert.x own-loop wait: get(1 s) on the loop -> %s (worker had finished: %s); Future.await on the loop -> %s%n",
                joinOutcome.get(), workerDoneBeforeTimeoutMs.get() != null, awaitOutcome.get());
        assertInstanceOf(java.util.concurrent.TimeoutException.class, joinOutcome.get(),
                "get() on the loop should time out although the worker returned at once");
        assertNotNull(workerDoneBeforeTimeoutMs.get(), "the worker itself should have run; only the delivery waits for the loop");
        assertInstanceOf(IllegalStateException.class, awaitOutcome.get(), "Future.await on an event loop should be refused");
        assertTrue(String.valueOf(awaitOutcome.get().getMessage()).contains("event-loop"), awaitOutcome.get().toString());

        // the same wait off the loop (a test thread) returns promptly
        long t0 = System.nanoTime();
        Integer off = vertx.executeBlocking(() -> 42).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        long offMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[witness] Vert.x off-loop wait: %d in %d ms%n", off, offMs);
        assertTrue(off == 42 && offMs < 1000, "off the loop the same wait returns: " + off + " in " + offMs + " ms");
    }

    // --- helpers

    /** {duration ms, limit ms} of every event-loop blocked warning captured. */
    private List<long[]> blockedReports() {
        List<long[]> out = new ArrayList<>();
        for (LogRecord r : records) {
            Matcher m = BLOCKED.matcher(String.valueOf(r.getMessage()));
            if (m.find()) out.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        return out;
    }

    private String firstMessage() {
        return records.isEmpty() ? "<none>" : String.valueOf(records.get(0).getMessage());
    }

    private List<String> messages() {
        List<String> out = new ArrayList<>();
        for (LogRecord r : records) out.add(r.getLevel() + " " + r.getMessage());
        return out;
    }

    private static long maxReported(List<long[]> blocked) {
        return blocked.stream().mapToLong(b -> b[0]).max().orElse(0);
    }

    private static boolean stackHasSleep(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals("java.lang.Thread") && e.getMethodName().equals("sleep")) return true;
        }
        return false;
    }

    private static long maxGapMs(List<Long> ticks) {
        if (ticks.size() < 2) fail("periodic timer barely fired: " + ticks.size() + " ticks");
        long max = 0;
        for (int i = 1; i < ticks.size(); i++) max = Math.max(max, ticks.get(i) - ticks.get(i - 1));
        return max / 1_000_000;
    }
}
