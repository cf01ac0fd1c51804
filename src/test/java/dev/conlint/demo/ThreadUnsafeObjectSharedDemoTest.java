package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadUnsafeObjectSharedDemoTest {

    @Test
    void aSharedSimpleDateFormatGarblesDatesAndDateTimeFormatterDoesNot() {
        Runs runs = Runs.of(new ThreadUnsafeObjectSharedDemo(), 3);
        assertEquals(20_000, runs.anti("timestamps"));
        // the formatter's one Calendar is shared by every request: some come back as another's date,
        // or not at all (an exception from inside the formatter); how many varies a lot with the load
        double garbled = runs.anti("printed wrong") + runs.anti("exceptions");
        assertTrue(garbled > 0, "a shared SimpleDateFormat should garble some timestamps: " + garbled);
        assertEquals(0, runs.fixedMax("printed wrong"), "DateTimeFormatter prints every timestamp back, in every run");
        assertEquals(0, runs.fixedMax("exceptions"), "DateTimeFormatter never throws here");
    }
}
