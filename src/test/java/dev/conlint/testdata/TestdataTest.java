package dev.conlint.testdata;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.Finding;
import dev.conlint.finding.ScanResult;
import dev.conlint.rules.Rule;
import dev.conlint.rules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Scanning testdata/ gives exactly the findings its markers ask for, of every rule. */
class TestdataTest {

    static final Path TESTDATA = Path.of("testdata").toAbsolutePath();
    private static ScanResult result;
    private static Markers markers;

    @BeforeAll
    static void scan() throws Exception {
        result = Scanner.withKnowledge(List.of()).scan(ScanOptions.of(List.of(TESTDATA), TESTDATA));
        markers = Markers.read(TESTDATA);
    }

    @Test
    void everyFileOfTestdataIsAnalysed() {
        assertEquals(List.of(), result.problems(), "testdata files that could not be analysed");
        assertTrue(result.stats().analysedFiles() > 0);
    }

    @Test
    void findingsMatchTheExpectMarkersExactly() {
        List<Markers.Marker> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            String rel = TESTDATA.relativize(f.location().file()).toString().replace('\\', '/');
            actual.add(new Markers.Marker(rel, f.location().line(), f.ruleId()));
        }
        List<Markers.Marker> expected = new ArrayList<>(markers.expected);
        Collections.sort(actual);
        Collections.sort(expected);
        List<Markers.Marker> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<Markers.Marker> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder why = new StringBuilder();
            missing.forEach(m -> why.append("\n  missing:    ").append(m));
            unexpected.forEach(m -> why.append("\n  unexpected: ").append(m).append("  ").append(message(m)));
            fail("testdata findings differ from the markers:" + why);
        }
    }

    @Test
    void okMarkersNameRealRulesAndStayClean() {
        for (Markers.Marker m : markers.ok) {
            assertTrue(Rules.byId(m.ruleId()).isPresent(), "unknown rule in ok marker: " + m);
        }
        for (Markers.Marker m : markers.expected) {
            assertTrue(Rules.byId(m.ruleId()).isPresent(), "unknown rule in expect marker: " + m);
        }
    }

    @Test
    void everyRuleHasPositivesAndTrickyNegatives() {
        for (Rule r : Rules.all()) {
            String id = r.meta().id();
            long positives = markers.expected.stream().filter(m -> m.ruleId().equals(id)).count();
            long negatives = markers.ok.stream().filter(m -> m.ruleId().equals(id)).count();
            assertTrue(positives >= 10, id + " has only " + positives + " expect markers");
            assertTrue(negatives >= positives, id + " has fewer ok markers (" + negatives + ") than expect markers ("
                    + positives + ")");
        }
    }

    private static String message(Markers.Marker m) {
        return result.findings().stream()
                .filter(f -> f.location().line() == m.line() && f.ruleId().equals(m.ruleId())
                        && f.location().file().endsWith(m.file()))
                .map(Finding::message).findFirst().orElse("");
    }
}
