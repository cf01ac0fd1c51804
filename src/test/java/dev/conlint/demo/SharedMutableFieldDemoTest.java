package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedMutableFieldDemoTest {

    @Test
    void plainFieldsLoseIncrementsAndMissTheStopFlagAndTheFixesDoNot() {
        Runs runs = Runs.of(new SharedMutableFieldDemo(), 3);
        double expected = runs.anti("increments expected");
        assertEquals(4_000_000, expected);
        // racing pool threads overwrite each other's counts; a LongAdder never loses one
        double plain = runs.anti("counted");
        assertTrue(plain < expected, "plain increments from a pool should lose some: counted " + plain);
        assertEquals(expected, runs.fixedMin("counted"), "LongAdder counts every increment, in every run");
        // the JIT reads a plain flag once for the whole loop: the worker spins until it gives up (1 s)
        double plainStop = runs.anti("stop flag seen after");
        double volatileStop = runs.fixed("stop flag seen after");
        assertTrue(plainStop >= 500, "a plain stop flag should go unseen until the worker gives up: " + plainStop + " ms");
        assertTrue(volatileStop < 250, "a volatile stop flag is seen at once: " + volatileStop + " ms");
    }
}
