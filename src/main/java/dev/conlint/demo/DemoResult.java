package dev.conlint.demo;

import java.util.List;

/**
 * What a demo measured.
 *
 * @param ruleId      the rule
 * @param scenario    one sentence: what runs ("a Vert.x-style handler sleeps 50 ms per request")
 * @param antiPattern the anti-pattern variant, in a few words ("Thread.sleep on the loop")
 * @param fix         the fix, in a few words ("runInExecutor")
 * @param rows        the measures
 */
public record DemoResult(String ruleId, String scenario, String antiPattern, String fix, List<Measure> rows) {

    public DemoResult {
        rows = List.copyOf(rows);
    }

    /**
     * One measured effect, for both variants.
     *
     * @param name what ("timer lag, max")
     * @param unit how it is counted ("ms", "increments", "" for a count)
     * @param anti the value with the anti-pattern
     * @param fixed the value with the fix
     */
    public record Measure(String name, String unit, double anti, double fixed) { }

    /** The measure called {@code name}; tests read their numbers through this. */
    public Measure measure(String name) {
        return rows.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measure '" + name + "' in " + ruleId));
    }
}
