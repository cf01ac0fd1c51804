package dev.conlint.facts;

import java.util.Set;

/**
 * A suppression written in source: {@code @SuppressWarnings("conlint:ID")} over the lines of a
 * declaration, or {@code // conlint:ignore ID -- reason} on one line. An empty id set means every
 * rule.
 */
public record SuppressionFacts(int startLine, int endLine, Set<String> ruleIds, String justification) {
    public SuppressionFacts {
        ruleIds = Set.copyOf(ruleIds);
    }

    public boolean covers(String ruleId, int line) {
        return line >= startLine && line <= endLine && (ruleIds.isEmpty() || ruleIds.contains(ruleId));
    }
}
