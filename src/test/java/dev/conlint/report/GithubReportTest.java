package dev.conlint.report;

import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.conlint.report.Fixtures.BLOCKING_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubReportTest {

    @TempDir
    Path root;

    @Test
    void oneCommandPerFindingWithChainLines() {
        String text = Fixtures.render(new GithubReport(),
                Fixtures.result(root, List.of(Fixtures.indirect(root), Fixtures.direct(root))));
        assertEquals(""
                + "::error file=src/app/OrderVerticle.java,line=6,col=13,endLine=6,endColumn=29,"
                + "title=conlint blocking-call-on-event-loop::"
                + "Thread.sleep blocks the Vert.x event loop (timer handler in OrderVerticle.start)\n"
                + "::error file=src/app/OrderVerticle.java,line=7,col=13,endLine=7,endColumn=28,"
                + "title=conlint blocking-call-on-event-loop::"
                + "OrderService.load blocks the Vert.x event loop (timer handler in OrderVerticle.start)"
                + "%0Avia src/app/OrderVerticle.java:7: OrderVerticle.start calls OrderService.load"
                + "%0Avia src/app/OrderService.java:5: OrderService.load calls Thread.sleep\n", text);
    }

    @Test
    void dataAndPropertiesAreEscaped() {
        Path file = Fixtures.write(root, "src/a,b/C:D.java", "class C {}\n");
        Finding f = new Finding("rule:x,y", Level.NOTE, Fixtures.at(file, 1, 1, 2, 3),
                "100% sure\r\nsecond line: a, b", null, List.of(), List.of());
        String text = Fixtures.render(new GithubReport(), Fixtures.result(root, List.of(f), List.of(),
                List.of(new FileProblem(root.resolve("src/x,y.java"), "bad: 50%"))));
        assertEquals(""
                + "::notice file=src/a%2Cb/C%3AD.java,line=1,endLine=2,title=conlint rule%3Ax%2Cy::"
                + "100%25 sure%0D%0Asecond line: a, b\n"
                + "::warning file=src/x%2Cy.java,title=conlint%3A file not analysed::bad: 50%25\n", text);
    }

    @Test
    void levels() {
        assertEquals("%25%0D%0A", GithubReport.escapeData("%\r\n"));
        assertEquals("%25%0D%0A%3A%2C", GithubReport.escapeProperty("%\r\n:,"));
        Finding warning = new Finding(BLOCKING_ID, Level.WARNING, Fixtures.at(root.resolve("A.java"), 1, 1, 1, 1),
                "w", null, List.of(), List.of());
        assertEquals("::warning file=A.java,line=1,col=1,endLine=1,endColumn=1,title=conlint "
                + "blocking-call-on-event-loop::w\n", Fixtures.render(new GithubReport(), Fixtures.result(root, List.of(warning))));
    }
}
