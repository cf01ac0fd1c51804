package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ForkJoinPool;

import static dev.conlint.demo.BlockingInAsyncChainDemo.CALL;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockingInAsyncChainDemoTest {

    @Test
    void blockingStagesStarveTheCommonPoolAndAnIoExecutorDoesNot() {
        int threads = ForkJoinPool.getCommonPoolParallelism();
        int quotes = BlockingInAsyncChainDemo.quotes();
        // each quote holds its thread for two calls; the common pool's threads take them in rounds
        double rounds = Math.ceil(quotes / (double) threads);
        double busy = rounds * 2 * CALL.toMillis();
        Runs runs = Runs.of(new BlockingInAsyncChainDemo(), 3);

        double antiAll = runs.anti("all quotes answered after");
        double fixAll = runs.fixed("all quotes answered after");
        assertTrue(antiAll >= 0.9 * busy,
                threads + " common-pool threads serve " + quotes + " quotes in " + rounds + " rounds: " + antiAll + " ms");
        assertTrue(fixAll * 1.5 < antiAll, "one I/O thread per quote overlaps them: " + fixAll + " ms vs " + antiAll + " ms");

        // the first quick task is submitted once every pool thread is in a quote: it waits for a whole call or more
        double antiMax = runs.anti("quick tasks' wait, max");
        double fixMax = runs.fixed("quick tasks' wait, max");
        assertTrue(antiMax >= CALL.toMillis(), "quick tasks should queue behind the blocked pool: " + antiMax + " ms");
        assertTrue(fixMax * 4 < antiMax, "with the I/O executor the common pool stays free: " + fixMax + " ms vs " + antiMax + " ms");
        double antiMedian = runs.anti("quick tasks' wait, median");
        double fixMedian = runs.fixed("quick tasks' wait, median");
        assertTrue(fixMedian * 4 < antiMedian, "typical quick task: " + fixMedian + " ms vs " + antiMedian + " ms");
    }
}
