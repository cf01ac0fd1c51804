package dev.conlint.witness;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.Schedulers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Witness for the RxJava rows of {@code blocking-call-on-event-loop} and {@code nested-event-loop}:
 * {@code Schedulers.computation()} and {@code single()} threads are event-loop threads in RxJava's own terms
 * (they are {@code NonBlockingThread}s: with {@code RxJavaPlugins.setFailOnNonBlockingScheduler(true)} RxJava
 * refuses {@code blocking*} there with "Attempt to block on a Scheduler computation-... that doesn't support
 * blocking operators as they may lead to deadlock"). By default RxJava does not refuse, and a
 * {@code blocking*} call in an operator on {@code single()} that waits for work of that same scheduler is a
 * deadlock, cut short here only by the call's timeout. On {@code Schedulers.io()} the same wait succeeds.
 *
 * <p>The plugin flag is global: it is reset after each test. RxJava's schedulers are shared and not shut down.
 */
// runs the anti-patterns on purpose, to show what the frameworks do with them; conlint reports each
// one (WitnessesAreFindingsTest checks that), so they are suppressed here for the self-scan
@SuppressWarnings("conlint")
class RxJavaBlockingOnComputationWitnessTest {

    @AfterEach
    void resetPlugins() {
        RxJavaPlugins.setFailOnNonBlockingScheduler(false);
    }

    /** A pending wait: the inner work is scheduled on {@code inner} after a short delay. */
    private static Completable later(io.reactivex.rxjava3.core.Scheduler inner) {
        return Completable.timer(20, TimeUnit.MILLISECONDS, inner);
    }

    @Test
    void rxJavaDeclaresComputationThreadsNonBlockingAndRefusesBlockingThereWhenAsked() {
        RxJavaPlugins.setFailOnNonBlockingScheduler(true);
        AtomicReference<String> thread = new AtomicReference<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Single.just(1)
                .observeOn(Schedulers.computation())
                .map(x -> {
                    thread.set(Thread.currentThread().getName());
                    return Single.timer(20, TimeUnit.MILLISECONDS, Schedulers.io()).blockingGet();   // blocking* in an operator
                })
                .timeout(5, TimeUnit.SECONDS)
                .blockingGet());
        System.out.printf("[witness] RxJava computation with failOnNonBlockingScheduler: %s%n", e.getMessage());
        assertTrue(thread.get().startsWith("RxComputationThreadPool-"), thread.get());
        assertEquals("Attempt to block on a Scheduler " + thread.get()
                + " that doesn't support blocking operators as they may lead to deadlock", e.getMessage());

        // the io() scheduler is where blocking belongs: no refusal even with the flag on
        Long onIo = Single.just(1)
                .observeOn(Schedulers.io())
                .map(x -> Single.timer(20, TimeUnit.MILLISECONDS, Schedulers.io()).blockingGet())
                .timeout(5, TimeUnit.SECONDS)
                .blockingGet();
        assertEquals(0L, onIo);
    }

    @Test
    void byDefaultBlockingOnTheSingleSchedulerForItsOwnWorkDeadlocksUntilTheTimeout() {
        AtomicLong probeRanAfterMs = new AtomicLong(-1);
        AtomicReference<String> thread = new AtomicReference<>();
        long start = System.nanoTime();
        // the outer operator occupies single()'s only thread and waits for a timer that single() must run
        Boolean completed = Single.just(1)
                .observeOn(Schedulers.single())
                .map(x -> {
                    thread.set(Thread.currentThread().getName());
                    // a plain task queued to single() now shows when its thread becomes free again
                    Schedulers.single().scheduleDirect(() -> probeRanAfterMs.set((System.nanoTime() - start) / 1_000_000));
                    return later(Schedulers.single()).blockingAwait(800, TimeUnit.MILLISECONDS);
                })
                .timeout(5, TimeUnit.SECONDS)
                .blockingGet();
        long outerMs = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < 100 && probeRanAfterMs.get() < 0; i++) sleep(20);
        System.out.printf("[witness] RxJava single(): blockingAwait(800 ms) for a 20 ms timer on the same scheduler -> %s after %d ms; a task queued to single() meanwhile ran after %d ms%n",
                completed, outerMs, probeRanAfterMs.get());
        assertTrue(thread.get().startsWith("RxSingleScheduler-"), thread.get());
        assertFalse(completed, "the wait should time out: its 20 ms timer is queued behind it");
        assertTrue(outerMs >= 790, "the wait should last its whole timeout: " + outerMs + " ms");
        // physical bound: nothing else runs on single() until the waiting operator gives up
        assertTrue(probeRanAfterMs.get() >= 790, "single() should be held for the whole wait: " + probeRanAfterMs.get() + " ms");
    }

    @Test
    void theSameWaitOnIoCompletesPromptly() {
        long start = System.nanoTime();
        Boolean completed = Single.just(1)
                .observeOn(Schedulers.io())
                .map(x -> later(Schedulers.single()).blockingAwait(800, TimeUnit.MILLISECONDS))
                .timeout(5, TimeUnit.SECONDS)
                .blockingGet();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[witness] RxJava io(): the same blockingAwait -> %s after %d ms%n", completed, ms);
        assertTrue(completed, "on io() the wait should end with the 20 ms timer, well inside its 800 ms timeout");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
