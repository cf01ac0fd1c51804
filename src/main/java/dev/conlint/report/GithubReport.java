package dev.conlint.report;

import dev.conlint.finding.ChainStep;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SourceLocation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, so findings show as annotations on the run and the pull request:
 * <pre>
 * ::warning file=src/App.java,line=42,col=9,endLine=42,endColumn=25,title=conlint blocking-call-on-event-loop::Thread.sleep blocks ...
 * </pre>
 * Levels map to {@code error}, {@code warning} and {@code notice}. {@code endColumn} is the last column
 * of the span (inclusive). GitHub accepts {@code col}/{@code endColumn} only on single-line spans, so
 * multi-line spans give lines only. The call chain follows the message on further lines. Files that
 * could not be analysed become {@code ::warning} commands too. Escaping follows
 * {@code @actions/core} (command.ts): data escapes %, CR and LF; properties also ':' and ','.
 */
public final class GithubReport implements Report {

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        SourcePaths paths = new SourcePaths(result.sourceRoot());
        for (Finding f : result.findings().stream().sorted().toList()) {
            out.write(command(level(f), properties(f, paths), message(f, paths)));
        }
        for (FileProblem problem : result.problems().stream().sorted().toList()) {
            List<String> properties = List.of(
                    property("file", paths.display(problem.file())),
                    property("title", "conlint: file not analysed"));
            out.write(command("warning", properties, problem.message()));
        }
        out.flush();
    }

    private static String level(Finding f) {
        return switch (f.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    private static List<String> properties(Finding f, SourcePaths paths) {
        SourceLocation at = f.location();
        List<String> properties = new ArrayList<>();
        properties.add(property("file", paths.display(at.file())));
        properties.add(property("line", Integer.toString(at.line())));
        boolean singleLine = at.endLine() == at.line();
        if (singleLine) {
            properties.add(property("col", Integer.toString(at.column())));
        }
        properties.add(property("endLine", Integer.toString(Math.max(at.endLine(), at.line()))));
        if (singleLine) {
            properties.add(property("endColumn", Integer.toString(at.endColumn())));
        }
        properties.add(property("title", "conlint " + f.ruleId()));
        return properties;
    }

    private static String message(Finding f, SourcePaths paths) {
        StringBuilder text = new StringBuilder(f.message());
        for (ChainStep step : f.chain()) {
            text.append("\nvia ").append(paths.display(step.location().file())).append(':')
                    .append(step.location().line()).append(": ").append(step.description());
        }
        return text.toString();
    }

    private static String command(String name, List<String> properties, String message) {
        return "::" + name + " " + String.join(",", properties) + "::" + escapeData(message) + "\n";
    }

    private static String property(String key, String value) {
        return key + "=" + escapeProperty(value);
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
