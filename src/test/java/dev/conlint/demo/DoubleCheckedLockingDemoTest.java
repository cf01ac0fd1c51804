package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoubleCheckedLockingDemoTest {

    private static final String HALF_BUILT = "met a service without tariffs";

    @Test
    void theFastPathSeesAHalfBuiltServiceUnlessItIsPublishedWhenBuilt() {
        Runs runs = Runs.of(new DoubleCheckedLockingDemo(), 3);
        assertEquals(150, runs.anti("requests"));
        // requests arriving during the 10 ms load find the field set and skip the lock; about eight per start
        double halfBuilt = runs.anti(HALF_BUILT);
        assertTrue(halfBuilt >= 5, "requests during the load should meet the unloaded service: " + halfBuilt);
        assertEquals(0, runs.fixedMax(HALF_BUILT), "published when built, the service is complete for every request");
    }
}
