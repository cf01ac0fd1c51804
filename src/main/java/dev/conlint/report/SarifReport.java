package dev.conlint.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.RuleInfo;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SuppressedFinding;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers, per contract.md: one run, every rule as a
 * reportingDescriptor, results relative to {@code %SRCROOT%} with GitHub's line hash and conlint's own
 * fingerprint, call chains as codeFlows, evidence as relatedLocations, files not analysed as
 * toolExecutionNotifications. GitHub ignores {@code suppressions}, so suppressed findings appear only
 * with {@code includeSuppressed}. No timestamps: the same result gives the same bytes.
 */
public final class SarifReport implements Report {

    public static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
    public static final URI INFORMATION_URI = URI.create("https://github.com/conlint/conlint");

    private final String toolVersion;
    private final boolean includeSuppressed;
    private final ObjectWriter writer = JsonOutput.prettyWriter(SarifJson.newMapper());

    public SarifReport(String toolVersion, boolean includeSuppressed) {
        this.toolVersion = toolVersion;
        this.includeSuppressed = includeSuppressed;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonOutput.write(writer, toSarif(result), out);
    }

    SarifSchema210 toSarif(ScanResult scan) {
        SourcePaths paths = new SourcePaths(scan.sourceRoot());
        SourceFiles files = new SourceFiles();
        List<RuleInfo> rules = rulesById(scan.rules());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        SarifResults results = new SarifResults(paths, files, Fingerprints.of(scan, files), ruleIndex);

        OriginalUriBaseIds baseIds = new OriginalUriBaseIds()
                .withAdditionalProperty(SarifResults.SRCROOT, new ArtifactLocation().withUri(paths.rootUri()));
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(rules)))
                .withInvocations(List.of(invocation(scan.problems(), results)))
                .withOriginalUriBaseIds(baseIds)
                .withResults(results(scan, results))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        return new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private ToolComponent driver(List<RuleInfo> rules) {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        rules.forEach(rule -> descriptors.add(SarifRules.descriptor(rule)));
        return new ToolComponent()
                .withName("conlint")
                .withVersion(toolVersion)
                .withSemanticVersion(toolVersion)
                .withInformationUri(INFORMATION_URI)
                .withRules(descriptors);
    }

    /** Sorted by id, first of each id kept, so ruleIndex does not depend on the engine's order. */
    private static List<RuleInfo> rulesById(List<RuleInfo> rules) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }

    /** Findings, and with includeSuppressed the suppressed ones, in one source-ordered list. */
    private List<Result> results(ScanResult scan, SarifResults results) {
        record Entry(Finding finding, SuppressedFinding suppressed) {
        }
        List<Entry> entries = new ArrayList<>();
        scan.findings().forEach(f -> entries.add(new Entry(f, null)));
        if (includeSuppressed) {
            scan.suppressed().forEach(s -> entries.add(new Entry(s.finding(), s)));
        }
        entries.sort(Comparator.comparing(Entry::finding));
        List<Result> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.suppressed() == null ? results.result(e.finding()) : results.suppressedResult(e.suppressed()));
        }
        return out;
    }

    /** The run succeeded even when some files could not be analysed; each such file is a notification. */
    private static Invocation invocation(List<FileProblem> problems, SarifResults results) {
        List<Notification> notifications = new ArrayList<>();
        for (FileProblem problem : problems.stream().sorted().toList()) {
            Location location = new Location().withPhysicalLocation(
                    new PhysicalLocation().withArtifactLocation(results.artifact(problem.file())));
            notifications.add(new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(problem.message()))
                    .withLocations(new LinkedHashSet<>(List.of(location))));
        }
        return new Invocation().withExecutionSuccessful(true).withToolExecutionNotifications(notifications);
    }
}
