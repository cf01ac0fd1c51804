package dev.conlint.rules;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.Finding;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.Effects;
import dev.conlint.model.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query both blocking rules share: every call, in code running in one of the given contexts,
 * that blocks directly or through project methods, and that no more specific rule owns. One
 * finding per call site, at the call.
 */
final class BlockingInContext {

    private BlockingInContext() {
    }

    static List<Finding> find(Analysis analysis, RuleMeta meta, Set<Runs> kinds) {
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < analysis.model().unitCount(); u++) {
            ExecutionContext ctx = ContextSites.context(analysis, u, kinds);
            if (ctx == null) {
                continue;
            }
            List<CallFacts> calls = analysis.model().unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                Effects.Path b = analysis.blocking().pathAt(u, c);
                if (b == null || settled(analysis, u, calls.get(c), ctx, b) || ContextSites.drivesOwnLoop(b, ctx)
                        || b.chain().isEmpty() && ContextSites.waitsForOwnLoop(analysis, u, c, ctx)) {
                    continue;
                }
                String where = ctx.describe(analysis.model().knowledge());
                String message = b.chain().isEmpty()
                        ? b.api() + " blocks the " + where
                        : b.callee() + " reaches " + b.api() + " (" + b.category() + ") and blocks the " + where;
                findings.add(ContextSites.finding(analysis, meta, u, calls.get(c).pos(), message, where, b.chain()));
            }
        }
        return findings;
    }

    /**
     * Waits on futures that are already complete where the code runs: every future after
     * {@code allOf}, and the future a completion listener is given ({@code f -> f.get()}).
     */
    static boolean settled(Analysis analysis, int unit, CallFacts call, ExecutionContext ctx, Effects.Path b) {
        if (b.entry() == null || !"future".equals(b.entry().blocking())) {
            return false;
        }
        if (ctx.settled().contains(ExecutionContext.ALL)
                || b.chain().isEmpty() && ctx.isSettled(Effects.receiverName(call.receiver()))) {
            return true;
        }
        if (b.chain().isEmpty() && call.receiver() instanceof Receiver.Local l) {
            for (UnitFacts.Param p : analysis.model().unit(unit).params()) {
                if (p.name().equals(l.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
