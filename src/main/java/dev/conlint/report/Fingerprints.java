package dev.conlint.report;

import dev.conlint.finding.Finding;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SuppressedFinding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * conlint's own fingerprint ({@code partialFingerprints["conlint/v1"]}, the JSON {@code fingerprint},
 * the key of baseline entries). It must survive edits elsewhere in the file, so it leaves out the line
 * number and hashes what identifies the problem:
 * <ol>
 *   <li>the rule id,</li>
 *   <li>the path relative to the source root ('/'-separated),</li>
 *   <li>the text of the reported line with leading and trailing whitespace removed
 *       (empty when the file cannot be read),</li>
 *   <li>the context string,</li>
 *   <li>the occurrence index: how many findings before it (in source order) in the same file have the
 *       same four values, so two identical statements get different fingerprints.</li>
 * </ol>
 * The value is the first 32 hex digits of the SHA-256 of these fields joined by NUL.
 *
 * <p>Occurrence indices are counted over every finding the rules reported, suppressed ones included,
 * so suppressing or baselining one finding never changes the fingerprint of another. Whoever writes
 * a baseline must therefore fingerprint the findings before filtering them.
 */
public final class Fingerprints {

    /** The key in SARIF {@code partialFingerprints}; bump the version when the recipe changes. */
    public static final String CONLINT_V1 = "conlint/v1";

    private final Map<Finding, String> byFinding;

    private Fingerprints(Map<Finding, String> byFinding) {
        this.byFinding = byFinding;
    }

    /** The fingerprint of a finding of the result this was computed for (looked up by identity). */
    public String of(Finding finding) {
        String value = byFinding.get(finding);
        if (value == null) {
            throw new IllegalArgumentException("finding is not part of this scan result: " + finding);
        }
        return value;
    }

    /** Fingerprints of every finding and suppressed finding of {@code result}, reading the sources. */
    public static Fingerprints of(ScanResult result) {
        return of(result, new SourceFiles());
    }

    static Fingerprints of(ScanResult result, SourceFiles files) {
        List<Finding> all = new ArrayList<>(result.findings());
        result.suppressed().stream().map(SuppressedFinding::finding).forEach(all::add);
        List<String> values = compute(all, result.sourceRoot(), files);
        Map<Finding, String> byFinding = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byFinding.put(all.get(i), values.get(i));
        }
        return new Fingerprints(byFinding);
    }

    /**
     * The fingerprints of {@code findings}, in the same order. Pass every finding of the scan (also
     * those about to be suppressed) so that occurrence indices are the ones reports compute.
     */
    public static List<String> compute(List<Finding> findings, Path sourceRoot) {
        return compute(findings, sourceRoot, new SourceFiles());
    }

    static List<String> compute(List<Finding> findings, Path sourceRoot, SourceFiles files) {
        SourcePaths paths = new SourcePaths(sourceRoot);
        Integer[] sourceOrder = IntStream.range(0, findings.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(sourceOrder, (a, b) -> findings.get(a).compareTo(findings.get(b)));

        String[] values = new String[findings.size()];
        Map<List<String>, Integer> occurrences = new HashMap<>();
        for (int i : sourceOrder) {
            Finding f = findings.get(i);
            List<String> key = List.of(
                    f.ruleId(),
                    paths.display(f.location().file()),
                    files.line(f.location().file(), f.location().line()).orElse("").strip(),
                    f.context() == null ? "" : f.context());
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            values[i] = hash(key, occurrence);
        }
        return List.of(values);
    }

    private static String hash(List<String> key, int occurrence) {
        String joined = String.join("\0", key) + "\0" + occurrence;
        return HexFormat.of().formatHex(sha256(joined.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
