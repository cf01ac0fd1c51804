package dev.conlint.finding;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report renders: sorted findings, suppressed findings, problems, the rules that ran,
 * and the root that artifact URIs are relative to.
 */
public record ScanResult(Path sourceRoot, List<RuleInfo> rules, List<Finding> findings,
                         List<SuppressedFinding> suppressed, List<FileProblem> problems, ScanStats stats) {
    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        problems = List.copyOf(problems);
    }
}
