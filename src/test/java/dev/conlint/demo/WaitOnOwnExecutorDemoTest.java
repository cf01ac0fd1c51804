package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static dev.conlint.demo.WaitOnOwnExecutorDemo.CLOSING_ENTRIES;
import static dev.conlint.demo.WaitOnOwnExecutorDemo.ENTRIES;
import static dev.conlint.demo.WaitOnOwnExecutorDemo.WAIT_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitOnOwnExecutorDemoTest {

    @Test
    void waitingOnTheOwnSingleThreadDeadlocksAndQueryingInlineDoesNot() {
        Runs runs = Runs.of(new WaitOnOwnExecutorDemo(), 3);
        // the balance query is queued behind the only thread, which waits for it: every closing entry deadlocks
        assertEquals(CLOSING_ENTRIES, runs.anti("waits timed out (deadlock)"), "each closing entry's wait deadlocks");
        assertEquals(ENTRIES - CLOSING_ENTRIES, runs.anti("entries posted"), "the closing entries fail");
        assertEquals(0, runs.fixed("waits timed out (deadlock)"), "querying inline never waits");
        assertEquals(ENTRIES, runs.fixed("entries posted"), "every entry is posted");
        // each deadlock holds the ledger's thread for the whole wait limit
        double anti = runs.anti("all entries done after");
        double fixed = runs.fixed("all entries done after");
        assertTrue(anti >= CLOSING_ENTRIES * WAIT_LIMIT.toMillis(),
                CLOSING_ENTRIES + " deadlocks of " + WAIT_LIMIT.toMillis() + " ms each: " + anti + " ms");
        assertTrue(fixed * 4 < anti, "inline, the entries take their few database calls: " + fixed + " ms vs " + anti + " ms");
    }
}
