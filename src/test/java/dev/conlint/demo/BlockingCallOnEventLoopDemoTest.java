package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockingCallOnEventLoopDemoTest {

    @Test
    void blockingTheLoopDelaysEverythingElseAndOffloadingDoesNot() {
        Runs runs = Runs.of(new BlockingCallOnEventLoopDemo(), 3);
        // 20 handlers each hold the loop 40 ms: the timer cannot fire for at least one whole query
        double antiLag = runs.anti("timer lag, max");
        double fixLag = runs.fixed("timer lag, max");
        assertTrue(antiLag >= 40, "blocking handlers should stall the loop's timer: max lag " + antiLag + " ms");
        // relative only: on a loaded 2-core machine the free loop itself can wait ~30 ms for a CPU
        assertTrue(fixLag * 4 < antiLag,
                "with runInExecutor the timer should stay on time: " + fixLag + " ms vs " + antiLag + " ms");
        // served one at a time on the loop, 20 x 40 ms; four workers overlap them
        assertTrue(runs.anti("all requests answered after") >= 20 * 40,
                "one loop serving blocking queries serialises them");
        assertTrue(runs.fixed("all requests answered after") < runs.anti("all requests answered after"),
                "offloaded queries overlap");
    }
}
