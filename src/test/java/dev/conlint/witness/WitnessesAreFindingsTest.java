package dev.conlint.witness;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SuppressedFinding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The witnesses run each anti-pattern against the real framework; conlint must report the very
 * code they run (suppressed there, so the self-scan stays clean): the rule's claim and its
 * detection meet on the same lines.
 */
class WitnessesAreFindingsTest {

    @Test
    void conlintReportsWhatTheWitnessesRun() throws Exception {
        Path witnesses = Path.of("src/test/java/dev/conlint/witness").toAbsolutePath();
        ScanResult result = Scanner.withKnowledge(List.of()).scan(ScanOptions.of(List.of(witnesses), witnesses));
        Set<String> rules = new TreeSet<>();
        for (SuppressedFinding s : result.suppressed()) {
            rules.add(s.finding().ruleId());
        }
        assertEquals(Set.of("blocking-call-on-event-loop", "blocking-in-async-chain", "nested-event-loop",
                "wait-on-own-executor"), rules);
        assertEquals(List.of(), result.findings(), "nothing unsuppressed");
    }
}
