package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static dev.conlint.demo.NestedEventLoopDemo.REQUESTS;
import static dev.conlint.demo.NestedEventLoopDemo.WAIT_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NestedEventLoopDemoTest {

    @Test
    void waitingInsideTheLoopFailsEveryRequestAndComposingAnswersThemAll() {
        Runs runs = Runs.of(new NestedEventLoopDemo(), 3);
        int quotes = (REQUESTS + 1) / 2;
        int receipts = REQUESTS / 2;
        // a nested run is refused every time; a write only this loop can flush never completes while it waits
        assertEquals(0, runs.anti("requests answered"), "every request waits inside the loop and fails");
        assertEquals(quotes, runs.anti("nested runs refused"), "each quote's nested run is refused");
        assertEquals(REQUESTS, runs.fixed("requests answered"), "composed futures answer every request");
        assertEquals(0, runs.fixed("nested runs refused"));
        // each receipt holds the loop for the whole wait limit before giving up
        double antiStall = runs.anti("loop stalled for");
        double fixStall = runs.fixed("loop stalled for");
        assertTrue(antiStall >= receipts * WAIT_LIMIT.toMillis(),
                receipts + " waits of " + WAIT_LIMIT.toMillis() + " ms should hold the loop: " + antiStall + " ms");
        assertTrue(fixStall * 10 < antiStall, "composing never holds the loop: " + fixStall + " ms vs " + antiStall + " ms");
    }
}
