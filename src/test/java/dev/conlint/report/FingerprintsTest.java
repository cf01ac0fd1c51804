package dev.conlint.report;

import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SuppressedFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.conlint.report.Fixtures.BLOCKING_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintsTest {

    private static final String TWICE = """
            class Twice {
                void a() {
                    Thread.sleep(1);
                }
                void b() {
                    Thread.sleep(1);
                }
            }
            """;

    @TempDir
    Path root;

    private Finding sleepAt(Path file, int line, String context) {
        return new Finding(BLOCKING_ID, Level.ERROR, Fixtures.at(file, line, 9, line, 23), "m", context,
                List.of(), List.of());
    }

    @Test
    void stableWhenLinesAboveMove(@TempDir Path other) {
        Path before = Fixtures.write(root, "src/Twice.java", TWICE);
        Path after = Fixtures.write(other, "src/Twice.java", "import java.util.List;\n\n" + TWICE);
        assertEquals(Fingerprints.compute(List.of(sleepAt(before, 3, "c"), sleepAt(before, 6, "c")), root),
                Fingerprints.compute(List.of(sleepAt(after, 5, "c"), sleepAt(after, 8, "c")), other));
    }

    @Test
    void identicalStatementsDifferByOccurrence() {
        Path file = Fixtures.write(root, "src/Twice.java", TWICE);
        List<String> values = Fingerprints.compute(List.of(sleepAt(file, 6, "c"), sleepAt(file, 3, "c")), root);
        assertNotEquals(values.get(0), values.get(1));
        // occurrence follows source order, not input order
        assertEquals(List.of(values.get(1), values.get(0)),
                Fingerprints.compute(List.of(sleepAt(file, 3, "c"), sleepAt(file, 6, "c")), root));
        assertTrue(values.get(0).matches("[0-9a-f]{32}"), values.get(0));
    }

    @Test
    void ruleContextPathAndLineTextCount(@TempDir Path other) {
        Path file = Fixtures.write(root, "src/Twice.java", TWICE);
        Path copy = Fixtures.write(root, "src/Copy.java", TWICE);
        Path edited = Fixtures.write(other, "src/Twice.java", TWICE.replaceFirst("sleep\\(1\\)", "sleep(2)"));
        String base = Fingerprints.compute(List.of(sleepAt(file, 3, "c")), root).get(0);

        assertNotEquals(base, Fingerprints.compute(List.of(sleepAt(file, 3, "other context")), root).get(0));
        assertNotEquals(base, Fingerprints.compute(List.of(sleepAt(copy, 3, "c")), root).get(0));
        assertNotEquals(base, Fingerprints.compute(List.of(sleepAt(edited, 3, "c")), other).get(0));
        Finding otherRule = new Finding("cpu-heavy-on-event-loop", Level.ERROR, Fixtures.at(file, 3, 9, 3, 23), "m",
                "c", List.of(), List.of());
        assertNotEquals(base, Fingerprints.compute(List.of(otherRule), root).get(0));
        // the message and columns are not part of it
        Finding reworded = new Finding(BLOCKING_ID, Level.WARNING, Fixtures.at(file, 3, 10, 3, 20), "new words",
                "c", List.of(), List.of());
        assertEquals(base, Fingerprints.compute(List.of(reworded), root).get(0));
    }

    @Test
    void suppressedFindingsKeepOtherFingerprintsStable() {
        Path file = Fixtures.write(root, "src/Twice.java", TWICE);
        Finding first = sleepAt(file, 3, "c");
        Finding second = sleepAt(file, 6, "c");
        ScanResult both = Fixtures.result(root, List.of(first, second));
        ScanResult firstSuppressed = Fixtures.result(root, List.of(second),
                List.of(new SuppressedFinding(first, SuppressedFinding.Kind.BASELINE, null)), List.of());
        assertEquals(Fingerprints.of(both).of(second), Fingerprints.of(firstSuppressed).of(second));
        assertEquals(Fingerprints.of(both).of(first), Fingerprints.of(firstSuppressed).of(first));
    }

    @Test
    void indentationAndTrailingSpacesDoNotCount(@TempDir Path other) {
        Path file = Fixtures.write(root, "src/Twice.java", TWICE);
        Path reindented = Fixtures.write(other, "src/Twice.java", TWICE.replace("        Thread.sleep(1);", "\tThread.sleep(1);  "));
        assertEquals(Fingerprints.compute(List.of(sleepAt(file, 3, "c")), root),
                Fingerprints.compute(List.of(sleepAt(reindented, 3, "c")), other));
    }
}
