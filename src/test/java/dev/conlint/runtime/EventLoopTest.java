package dev.conlint.runtime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLoopTest {

    @Test
    void runReturnsWhatMainCompletesWith() {
        int answer = EventLoop.run(loop -> loop.sleep(Duration.ofMillis(5)).thenApply(v -> 42));
        assertEquals(42, answer);
    }

    @Test
    void callbacksRunOnTheLoopThreadInOrder() {
        List<String> seen = EventLoop.run(loop -> {
            List<String> order = new ArrayList<>();
            CompletableFuture<List<String>> done = new CompletableFuture<>();
            loop.callLater(Duration.ofMillis(20), () -> {
                order.add("late");
                done.complete(order);
            });
            loop.callLater(Duration.ofMillis(5), () -> order.add("timer"));
            loop.call(() -> order.add("first:" + loop.inLoop()));
            loop.call(() -> order.add("second"));
            return done;
        });
        assertEquals(List.of("first:true", "second", "timer", "late"), seen);
    }

    @Test
    void sleepDoesNotHoldTheLoop() {
        // two 100 ms sleeps in parallel take about 100 ms, not 200: the loop runs other work meanwhile
        long start = System.nanoTime();
        EventLoop.run(loop -> EventLoop.gather(List.of(loop.sleep(Duration.ofMillis(100)),
                loop.sleep(Duration.ofMillis(100)))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 100, "slept " + millis + " ms");
    }

    @Test
    void runInExecutorWorksOffTheLoopAndCompletesOnIt() {
        boolean[] where = EventLoop.run(loop -> loop.runInExecutor(loop::inLoop)
                .thenApply(onLoopWhileWorking -> new boolean[] {onLoopWhileWorking, loop.inLoop()}));
        assertFalse(where[0], "the work ran on a worker");
        assertTrue(where[1], "the continuation ran back on the loop");
    }

    @Test
    void aNestedRunIsRefused() {
        NestedLoopException e = assertThrows(NestedLoopException.class, () -> EventLoop.run(loop -> {
            EventLoop.run(inner -> CompletableFuture.completedFuture(1));
            return CompletableFuture.completedFuture(0);
        }));
        assertTrue(e.getMessage().contains("another loop"), e.getMessage());
    }

    @Test
    void theLagMonitorSeesAStallAndNothingElse() {
        LagStats[] stats = EventLoop.run(loop -> {
            LagMonitor quiet = loop.monitorLag(Duration.ofMillis(5));
            return loop.sleep(Duration.ofMillis(100)).thenCompose(v -> {
                quiet.stop();
                LagMonitor stalled = loop.monitorLag(Duration.ofMillis(5));
                loop.callLater(Duration.ofMillis(20), EventLoopTest::stall);
                return loop.sleep(Duration.ofMillis(150)).thenApply(w -> {
                    stalled.stop();
                    return new LagStats[] {quiet.stats(), stalled.stats()};
                });
            });
        });
        assertTrue(stats[0].samples() > 5, "the monitor fires: " + stats[0]);
        assertTrue(stats[1].maxMillis() >= 60, "an 80 ms stall shows as lag: " + stats[1]);
    }

    /** Holds the loop 80 ms, as a blocking handler would. */
    private static void stall() {
        long end = System.nanoTime() + 80_000_000L;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
