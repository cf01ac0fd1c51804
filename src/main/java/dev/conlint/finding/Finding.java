package dev.conlint.finding;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found by a rule.
 *
 * @param ruleId   the rule's stable id, e.g. {@code blocking-call-on-event-loop}
 * @param level    severity of this finding
 * @param location where the fix goes (see contexts.md, "Where a finding points")
 * @param message  one sentence naming the offending call and the context, e.g.
 *                 "Thread.sleep blocks the Vert.x event loop (handler registered in OrderVerticle.start)"
 * @param context  the execution context in words, e.g. "Netty event loop (channelRead of OrderHandler)"
 * @param chain    the call chain from the entry to the offending call; empty for a direct call.
 *                 The first step is the reported call itself, the last one the offending API call.
 * @param related  further evidence (a field declaration, other accesses); may be empty
 */
public record Finding(String ruleId, Level level, SourceLocation location, String message, String context,
                      List<ChainStep> chain, List<ChainStep> related) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        chain = List.copyOf(chain);
        related = List.copyOf(related);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
