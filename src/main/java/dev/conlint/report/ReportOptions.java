package dev.conlint.report;

/**
 * What the front doors (CLI, Maven goal) tell the reports.
 *
 * @param toolVersion       conlint's version, written into JSON and SARIF
 * @param colour            ANSI colour in the text report; true only when writing to a terminal
 * @param includeSuppressed also render suppressed findings (SARIF with a {@code suppressions} entry)
 */
public record ReportOptions(String toolVersion, boolean colour, boolean includeSuppressed) {
}
