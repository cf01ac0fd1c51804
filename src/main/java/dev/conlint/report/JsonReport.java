package dev.conlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SourceLocation;
import dev.conlint.finding.SuppressedFinding;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * conlint's own JSON format, for scripts. The shape is stable within a {@code version}; new fields may
 * be added, none removed or renamed without bumping it.
 * <pre>
 * {
 *   "version": 1,                          // version of this format
 *   "tool": {"name": "conlint", "version": "0.1.0"},
 *   "sourceRoot": "/abs/repo",             // paths below are relative to it, '/'-separated
 *   "summary": {"findings": 2, "errors": 0, "warnings": 2, "notes": 0, "suppressed": 1,
 *               "problems": 1, "files": 12, "analysedFiles": 11},   // files: null when unknown
 *   "findings": [{
 *     "rule": "blocking-call-on-event-loop",
 *     "level": "warning",                  // error | warning | note
 *     "message": "...",
 *     "context": "Vert.x event loop (handler registered in OrderVerticle.start)",   // may be null
 *     "location": {"path": "src/app/OrderVerticle.java", "line": 42, "column": 9,
 *                  "endLine": 42, "endColumn": 25},             // 1-based, endColumn inclusive
 *     "chain": [{"location": {...}, "description": "OrderVerticle.start calls OrderService.load"}],
 *     "related": [{"location": {...}, "description": "..."}],
 *     "fingerprint": "3f2a..."             // conlint/v1, see Fingerprints
 *   }],
 *   "suppressed": [{ ...the fields of a finding...,
 *                    "suppression": {"kind": "inSource" | "baseline", "justification": "..." | null}}],
 *   "problems": [{"path": "src/Broken.java", "message": "..."}]
 * }
 * </pre>
 * Findings are sorted by path, line, column, rule; so are suppressed findings and problems. Suppressed
 * findings are always listed (in their own array), whatever {@code --include-suppressed} says.
 */
public final class JsonReport implements Report {

    /** Version of the JSON shape above. */
    public static final int FORMAT_VERSION = 1;

    private final String toolVersion;
    private final ObjectWriter writer = JsonOutput.prettyWriter(JsonOutput.newMapper());

    public JsonReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        SourcePaths paths = new SourcePaths(result.sourceRoot());
        Fingerprints fingerprints = Fingerprints.of(result, new SourceFiles());
        List<JsonFinding> findings = result.findings().stream().sorted()
                .map(f -> JsonFinding.of(f, null, paths, fingerprints)).toList();
        List<JsonFinding> suppressed = result.suppressed().stream()
                .sorted(Comparator.comparing(SuppressedFinding::finding))
                .map(s -> JsonFinding.of(s.finding(), JsonSuppression.of(s), paths, fingerprints)).toList();
        List<JsonProblem> problems = result.problems().stream().sorted()
                .map(p -> new JsonProblem(paths.display(p.file()), p.message())).toList();
        JsonOutput.write(writer, new JsonLog(FORMAT_VERSION, new JsonTool("conlint", toolVersion),
                paths.root(),
                JsonSummary.of(result), findings, suppressed, problems), out);
    }

    @JsonPropertyOrder({"version", "tool", "sourceRoot", "summary", "findings", "suppressed", "problems"})
    record JsonLog(int version, JsonTool tool, String sourceRoot, JsonSummary summary,
                   List<JsonFinding> findings, List<JsonFinding> suppressed, List<JsonProblem> problems) {
    }

    @JsonPropertyOrder({"name", "version"})
    record JsonTool(String name, String version) {
    }

    @JsonPropertyOrder({"findings", "errors", "warnings", "notes", "suppressed", "problems", "files",
            "analysedFiles"})
    record JsonSummary(int findings, int errors, int warnings, int notes, int suppressed, int problems,
                       Integer files, Integer analysedFiles) {

        static JsonSummary of(ScanResult result) {
            return new JsonSummary(result.findings().size(), count(result, Level.ERROR),
                    count(result, Level.WARNING), count(result, Level.NOTE), result.suppressed().size(),
                    result.problems().size(),
                    result.stats() == null ? null : result.stats().files(),
                    result.stats() == null ? null : result.stats().analysedFiles());
        }

        private static int count(ScanResult result, Level level) {
            return (int) result.findings().stream().filter(f -> f.level() == level).count();
        }
    }

    @JsonPropertyOrder({"rule", "level", "message", "context", "location", "chain", "related",
            "fingerprint", "suppression"})
    record JsonFinding(String rule, String level, String message, String context, JsonLocation location,
                       List<JsonStep> chain, List<JsonStep> related, String fingerprint,
                       @JsonInclude(JsonInclude.Include.NON_NULL) JsonSuppression suppression) {

        static JsonFinding of(Finding f, JsonSuppression suppression, SourcePaths paths, Fingerprints fingerprints) {
            return new JsonFinding(f.ruleId(), f.level().id(), f.message(), f.context(),
                    JsonLocation.of(f.location(), paths), JsonStep.all(f.chain(), paths),
                    JsonStep.all(f.related(), paths), fingerprints.of(f), suppression);
        }
    }

    @JsonPropertyOrder({"path", "line", "column", "endLine", "endColumn"})
    record JsonLocation(String path, int line, int column, int endLine, int endColumn) {

        static JsonLocation of(SourceLocation at, SourcePaths paths) {
            return new JsonLocation(paths.display(at.file()), at.line(), at.column(), at.endLine(), at.endColumn());
        }
    }

    @JsonPropertyOrder({"location", "description"})
    record JsonStep(JsonLocation location, String description) {

        static List<JsonStep> all(List<ChainStep> steps, SourcePaths paths) {
            return steps.stream().map(s -> new JsonStep(JsonLocation.of(s.location(), paths), s.description())).toList();
        }
    }

    @JsonPropertyOrder({"kind", "justification"})
    record JsonSuppression(String kind, String justification) {

        static JsonSuppression of(SuppressedFinding s) {
            return new JsonSuppression(s.kind() == SuppressedFinding.Kind.BASELINE ? "baseline" : "inSource",
                    s.justification());
        }
    }

    @JsonPropertyOrder({"path", "message"})
    record JsonProblem(String path, String message) {
    }
}
