package dev.conlint.report;

import dev.conlint.finding.ChainStep;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SourceLocation;
import dev.conlint.finding.SuppressedFinding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compiler-style text, one block per finding, so terminals and editors link the locations:
 * <pre>
 * src/app/OrderVerticle.java:42:9: warning [blocking-call-on-event-loop] OrderService.load blocks ...
 *     via src/app/OrderVerticle.java:42:9: OrderVerticle.start calls OrderService.load
 *     via src/app/OrderService.java:17:5: OrderService.load calls Thread.sleep
 *     see src/app/Cache.java:8:5: field cache declared here
 *     42 | service.load(id);
 *        | ^~~~~~~~~~~~~~~~
 *
 * 1 finding (1 warning) in 12 files
 * </pre>
 * {@code via} lines are the call chain, {@code see} lines the related evidence; the snippet is left
 * out when the file cannot be read. Problems (files not analysed) are rendered separately by
 * {@link #writeProblems}, because the CLI prints them on stderr.
 */
public final class TextReport implements Report {

    private static final String INDENT = "    ";

    private final boolean colour;
    private final boolean includeSuppressed;

    public TextReport(boolean colour) {
        this(colour, false);
    }

    public TextReport(boolean colour, boolean includeSuppressed) {
        this.colour = colour;
        this.includeSuppressed = includeSuppressed;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        SourcePaths paths = new SourcePaths(result.sourceRoot());
        SourceFiles files = new SourceFiles();
        for (Finding finding : result.findings().stream().sorted().toList()) {
            writeFinding(finding, paths, files, out);
            out.write('\n');
        }
        if (includeSuppressed) {
            List<SuppressedFinding> suppressed = result.suppressed().stream()
                    .sorted(Comparator.comparing(SuppressedFinding::finding)).toList();
            for (SuppressedFinding s : suppressed) {
                writeSuppressed(s, paths, out);
            }
            if (!suppressed.isEmpty()) {
                out.write('\n');
            }
        }
        out.write(style(Summary.of(result).toString(), "1"));
        out.write('\n');
        out.flush();
    }

    /** One {@code path: message} line per file that could not be analysed. */
    public void writeProblems(ScanResult result, Writer out) throws IOException {
        SourcePaths paths = new SourcePaths(result.sourceRoot());
        for (FileProblem problem : result.problems().stream().sorted().toList()) {
            out.write(paths.display(problem.file()) + ": " + problem.message() + "\n");
        }
        out.flush();
    }

    private void writeFinding(Finding f, SourcePaths paths, SourceFiles files, Writer out) throws IOException {
        out.write(style(position(f.location(), paths) + ":", "1") + " "
                + style(f.level().id(), levelColour(f.level())) + " "
                + style("[" + f.ruleId() + "]", "2") + " " + f.message() + "\n");
        for (ChainStep step : f.chain()) {
            out.write(INDENT + "via " + position(step.location(), paths) + ": " + step.description() + "\n");
        }
        for (ChainStep step : f.related()) {
            out.write(INDENT + "see " + position(step.location(), paths) + ": " + step.description() + "\n");
        }
        Optional<String> line = files.line(f.location().file(), f.location().line());
        if (line.isPresent()) {
            writeSnippet(f.location(), line.get(), out);
        }
    }

    private void writeSuppressed(SuppressedFinding s, SourcePaths paths, Writer out) throws IOException {
        Finding f = s.finding();
        String how = s.kind() == SuppressedFinding.Kind.BASELINE ? "by the baseline" : "in source";
        String why = s.justification() == null || s.justification().isBlank() ? "" : ": " + s.justification();
        out.write(position(f.location(), paths) + ": suppressed [" + f.ruleId() + "] " + f.message()
                + " (suppressed " + how + why + ")\n");
    }

    /** The line without its indentation, and carets under the reported span. */
    private void writeSnippet(SourceLocation at, String line, Writer out) throws IOException {
        int indent = 0;
        while (indent < line.length() && indent < at.column() - 1 && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        String code = line.substring(indent);
        int start = Math.min(Math.max(at.column() - 1 - indent, 0), code.length());
        int end = at.endLine() == at.line() ? at.endColumn() - indent : code.length();
        int width = Math.max(Math.min(end, code.length()) - start, 1);

        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < start; i++) {
            pad.append(code.charAt(i) == '\t' ? '\t' : ' ');
        }
        String number = Integer.toString(at.line());
        out.write(INDENT + number + " | " + code + "\n");
        out.write(INDENT + " ".repeat(number.length()) + " | " + pad
                + style("^" + "~".repeat(width - 1), "32") + "\n");
    }

    private static String position(SourceLocation at, SourcePaths paths) {
        return paths.display(at.file()) + ":" + at.line() + ":" + at.column();
    }

    private static String levelColour(Level level) {
        return switch (level) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case NOTE -> "1;36";
        };
    }

    private String style(String text, String sgr) {
        return colour ? "\u001B[" + sgr + "m" + text + "\u001B[0m" : text;
    }

    /** "3 findings (1 error, 2 warnings) in 12 files, 1 suppressed, 1 file not analysed". */
    record Summary(int errors, int warnings, int notes, int files, int suppressed, int problems) {

        static Summary of(ScanResult result) {
            int[] byLevel = new int[Level.values().length];
            result.findings().forEach(f -> byLevel[f.level().ordinal()]++);
            int files = result.stats() == null ? -1 : result.stats().files();
            // a problem can be a caveat on a file that was still analysed (read as ISO-8859-1)
            int notAnalysed = result.stats() == null ? result.problems().size()
                    : result.stats().files() - result.stats().analysedFiles();
            return new Summary(byLevel[Level.ERROR.ordinal()], byLevel[Level.WARNING.ordinal()],
                    byLevel[Level.NOTE.ordinal()], files, result.suppressed().size(), notAnalysed);
        }

        @Override
        public String toString() {
            int total = errors + warnings + notes;
            StringBuilder text = new StringBuilder(total == 0 ? "no findings" : count(total, "finding"));
            List<String> parts = new ArrayList<>();
            if (errors > 0) {
                parts.add(count(errors, "error"));
            }
            if (warnings > 0) {
                parts.add(count(warnings, "warning"));
            }
            if (notes > 0) {
                parts.add(count(notes, "note"));
            }
            if (!parts.isEmpty()) {
                text.append(" (").append(String.join(", ", parts)).append(')');
            }
            if (files >= 0) {
                text.append(" in ").append(count(files, "file"));
            }
            if (suppressed > 0) {
                text.append(", ").append(suppressed).append(" suppressed");
            }
            if (problems > 0) {
                text.append(", ").append(count(problems, "file")).append(" not analysed");
            }
            return text.toString();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
