package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InconsistentSynchronizationDemoTest {

    @Test
    void theUnlockedHeartbeatLosesTouchesAndTheLockedOneDoesNot() {
        Runs runs = Runs.of(new InconsistentSynchronizationDemo(), 3);
        assertTrue(runs.anti("touches expected") > 3_000_000, "the tasks should make millions of touches");
        // the headsets' unlocked touches++ race each other and the desks' locked ones
        double lost = runs.anti("lost");
        assertTrue(lost > 0, "touches++ without the lock should lose updates: " + lost);
        assertEquals(0, runs.fixedMax("lost"), "with the lock on every path, no touch is lost in any run");
    }
}
