package dev.conlint.finding;

import java.util.Map;

/**
 * Numbers about one scan. {@code stageMillis} keeps insertion order (discover, parse, model, rules,
 * report); wall-clock values appear only in {@code --stats} output, never in reports.
 */
public record ScanStats(int files, int analysedFiles, long lines, Map<String, Long> stageMillis) {
    public ScanStats {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
