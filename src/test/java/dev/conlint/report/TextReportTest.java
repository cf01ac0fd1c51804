package dev.conlint.report;

import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.ScanStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.conlint.report.Fixtures.BLOCKING_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden text, written out by hand. */
class TextReportTest {

    @TempDir
    Path root;

    @Test
    void directAndIndirectFindingsWithSnippetsAndSummary() {
        ScanResult result = Fixtures.result(root, List.of(Fixtures.indirect(root), Fixtures.direct(root)));
        String expected = ""
                + "src/app/OrderVerticle.java:6:13: error [blocking-call-on-event-loop] Thread.sleep blocks the Vert.x event loop (timer handler in OrderVerticle.start)\n"
                + "    6 | Thread.sleep(100);\n"
                + "      | ^" + "~".repeat(16) + "\n" // Thread.sleep(100): 17 characters
                + "\n"
                + "src/app/OrderVerticle.java:7:13: error [blocking-call-on-event-loop] OrderService.load blocks the Vert.x event loop (timer handler in OrderVerticle.start)\n"
                + "    via src/app/OrderVerticle.java:7:13: OrderVerticle.start calls OrderService.load\n"
                + "    via src/app/OrderService.java:5:9: OrderService.load calls Thread.sleep\n"
                + "    7 | service.load(id);\n"
                + "      | ^" + "~".repeat(15) + "\n" // service.load(id): 16 characters
                + "\n"
                + "2 findings (2 errors) in 3 files\n";
        assertEquals(expected, Fixtures.render(new TextReport(false), result));
    }

    @Test
    void relatedEvidenceSuppressedAndProblemsInTheSummary() {
        String text = Fixtures.render(new TextReport(false, true), Fixtures.full(root));
        assertTrue(text.contains("src/app/Counter.java:4:9: warning [shared-mutable-field] "
                + "Counter.count is written from several threads without synchronisation\n"
                + "    see src/app/Counter.java:2:5: field count declared here\n"
                + "    4 | count++;\n"
                + "      | ^" + "~".repeat(6) + "\n"), text); // count++: 7 characters
        assertTrue(text.contains("src/app/Counter.java:2:5: suppressed [shared-mutable-field] Counter.count is shared "
                + "(suppressed by the baseline)\n"), text);
        assertTrue(text.contains("src/app/OrderService.java:5:9: suppressed [blocking-call-on-event-loop] "
                + "Thread.sleep blocks the Vert.x event loop (suppressed in source: runs before the loop starts)\n"), text);
        assertTrue(text.endsWith("\n3 findings (2 errors, 1 warning) in 3 files, 2 suppressed, 1 file not analysed\n"), text);

        String quiet = Fixtures.render(new TextReport(false), Fixtures.full(root));
        assertFalse(quiet.contains("suppressed ["), quiet);
    }

    @Test
    void problemsAreOneLineEach() throws IOException {
        StringWriter err = new StringWriter();
        ScanResult result = Fixtures.result(root, List.of(), List.of(),
                List.of(new FileProblem(root.resolve("src/b/Two.java"), "not UTF-8"),
                        new FileProblem(root.resolve("src/a/One.java"), "could not parse: ';' expected at line 3")));
        new TextReport(false).writeProblems(result, err);
        assertEquals("src/a/One.java: could not parse: ';' expected at line 3\n"
                + "src/b/Two.java: not UTF-8\n", err.toString());
    }

    @Test
    void snippetIsSkippedWhenTheFileCannotBeRead() {
        Finding gone = new Finding(BLOCKING_ID, Level.NOTE, Fixtures.at(root.resolve("src/Gone.java"), 3, 5, 3, 9),
                "gone", null, List.of(), List.of());
        assertEquals("src/Gone.java:3:5: note [blocking-call-on-event-loop] gone\n"
                        + "\n"
                        + "1 finding (1 note) in 3 files\n",
                Fixtures.render(new TextReport(false), Fixtures.result(root, List.of(gone))));
    }

    @Test
    void tabsAndMultiLineSpansKeepTheCaretAligned() {
        Path file = Fixtures.write(root, "T.java", "class T {\n\tvoid m() {\n\t\tint x = a.b(c,\n\t\t\td);\n\t}\n}\n");
        // "a" is column 11 (each tab counts one column); the span runs on to the next line, so the
        // carets reach the end of this one: "a.b(c," is 6 characters
        Finding f = new Finding(BLOCKING_ID, Level.WARNING, Fixtures.at(file, 3, 11, 4, 5), "call", null,
                List.of(), List.of());
        String text = Fixtures.render(new TextReport(false), new ScanResult(root, List.of(), List.of(f), List.of(),
                List.of(), null));
        assertEquals("T.java:3:11: warning [blocking-call-on-event-loop] call\n"
                + "    3 | int x = a.b(c,\n"
                + "      |         ^~~~~~\n"
                + "\n"
                + "1 finding (1 warning)\n", text);
    }

    @Test
    void emptyResultSaysSo() {
        ScanResult empty = new ScanResult(root, List.of(), List.of(), List.of(), List.of(),
                new ScanStats(1, 1, 10, Map.of()));
        assertEquals("no findings in 1 file\n", Fixtures.render(new TextReport(false), empty));
    }

    @Test
    void colourOnlyWhenAskedFor() {
        ScanResult result = Fixtures.result(root, List.of(Fixtures.direct(root)));
        assertFalse(Fixtures.render(new TextReport(false), result).contains("\u001B"));
        String coloured = Fixtures.render(new TextReport(true), result);
        assertTrue(coloured.contains("\u001B[1;31merror\u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[1msrc/app/OrderVerticle.java:6:13:\u001B[0m"), coloured);
    }
}
