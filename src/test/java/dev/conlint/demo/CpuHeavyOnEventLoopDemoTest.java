package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static dev.conlint.demo.CpuHeavyOnEventLoopDemo.LOGINS;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuHeavyOnEventLoopDemoTest {

    @Test
    void hashingOnTheLoopStallsItAndAPoolSizedToTheCoresDoesNot() {
        Runs runs = Runs.of(new CpuHeavyOnEventLoopDemo(), 3);
        double check = fastestCheckMillis();
        // the burst's checks run back to back on the loop; the timer that comes due during the first
        // waits behind the other ten or so: at least half of five checks, however loaded the machine
        double antiLag = runs.anti("timer lag, max");
        double fixLag = runs.fixed("timer lag, max");
        assertTrue(antiLag >= (LOGINS - 2) * check / 2,
                "hashing on the loop should stall its timer: max lag " + antiLag + " ms, one check " + check + " ms");
        assertTrue(fixLag * 4 < antiLag,
                "with runInExecutor the timer should stay on time: " + fixLag + " ms vs " + antiLag + " ms");
        // one loop thread checks one hash at a time; the pool checks them side by side
        double antiAll = runs.anti("all logins answered after");
        double fixAll = runs.fixed("all logins answered after");
        assertTrue(antiAll >= LOGINS * check / 2,
                "the loop serialises the checks: " + antiAll + " ms for " + LOGINS + " checks of " + check + " ms");
        assertTrue(fixAll < antiAll, "a pool of the cores' size answers sooner: " + fixAll + " ms vs " + antiAll + " ms");
    }

    /** How long one password check takes here, at best (the runs above compiled it). */
    private static double fastestCheckMillis() {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            CpuHeavyOnEventLoopDemo.hash("a password");
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }
}
