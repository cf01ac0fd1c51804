package dev.conlint.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFormatTest {

    private final ReportOptions options = new ReportOptions("1.2.3", false, false);

    @Test
    void parsesCommandLineNames() {
        assertEquals(ReportFormat.TEXT, ReportFormat.parse("text"));
        assertEquals(ReportFormat.SARIF, ReportFormat.parse(" SARIF "));
        assertEquals("github", ReportFormat.GITHUB.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("xml"));
        assertEquals("unknown format 'xml', expected one of text, json, sarif, github", e.getMessage());
    }

    @Test
    void createsTheMatchingReport() {
        assertInstanceOf(TextReport.class, ReportFormat.TEXT.create(options));
        assertInstanceOf(JsonReport.class, ReportFormat.JSON.create(options));
        assertInstanceOf(SarifReport.class, ReportFormat.SARIF.create(options));
        assertInstanceOf(GithubReport.class, ReportFormat.GITHUB.create(options));
    }
}
