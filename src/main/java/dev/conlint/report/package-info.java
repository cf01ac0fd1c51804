/**
 * The last stage: rendering a {@link dev.conlint.finding.ScanResult} as text, JSON, SARIF 2.1.0 or
 * GitHub Actions workflow commands ({@link dev.conlint.report.ReportFormat}). Reports know findings,
 * never rules' internals; they read source files only for snippets and fingerprints, and give the same
 * bytes for the same result.
 */
package dev.conlint.report;
