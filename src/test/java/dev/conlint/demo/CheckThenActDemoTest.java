package dev.conlint.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckThenActDemoTest {

    private static final String OPENED = "sessions opened, for " + CheckThenActDemo.USERS + " users";

    @Test
    void containsKeyThenPutOpensSessionsTwiceAndComputeIfAbsentOnce() {
        Runs runs = Runs.of(new CheckThenActDemo(), 3);
        // four logins of a user find no session while the first one is still being opened (2 ms)
        double racy = runs.anti(OPENED);
        assertTrue(racy >= CheckThenActDemo.USERS + 20,
                "containsKey then put should open duplicate sessions: " + racy + " for " + CheckThenActDemo.USERS + " users");
        assertTrue(runs.anti("logins holding a lost session") > 0, "a replaced session leaves its login an orphan");
        assertEquals(CheckThenActDemo.USERS, runs.fixedMin(OPENED), "computeIfAbsent opens one session per user");
        assertEquals(CheckThenActDemo.USERS, runs.fixedMax(OPENED), "computeIfAbsent opens one session per user");
        assertEquals(0, runs.fixedMax("logins holding a lost session"), "every login holds the registry's session");
    }
}
