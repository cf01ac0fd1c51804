package dev.conlint.rules;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.SourceLocation;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.Effects;
import dev.conlint.model.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query both blocking rules share: every call, in code running in one of the given contexts,
 * that blocks directly or through project methods. One finding per call site, at the call.
 */
final class BlockingInContext {

    private BlockingInContext() {
    }

    static List<Finding> find(Analysis analysis, RuleMeta meta, Set<Runs> kinds) {
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < analysis.model().unitCount(); u++) {
            ExecutionContext ctx = first(analysis.contexts().of(u), kinds);
            if (ctx == null || analysis.contexts().delegates(u)) {
                continue;
            }
            List<CallFacts> calls = analysis.model().unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                Effects.Blocking b = analysis.effects().blockingAt(u, c);
                if (b != null && !settled(analysis, u, calls.get(c), ctx, b)) {
                    findings.add(finding(analysis, meta, u, calls.get(c).pos(), ctx, b));
                }
            }
        }
        return findings;
    }

    /**
     * Waits on futures that are already complete where the code runs: every future after
     * {@code allOf}, and the future a completion listener is given ({@code f -> f.get()}).
     */
    private static boolean settled(Analysis analysis, int unit, CallFacts call, ExecutionContext ctx,
                                   Effects.Blocking b) {
        if (!"future".equals(b.category())) {
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

    private static ExecutionContext first(List<ExecutionContext> contexts, Set<Runs> kinds) {
        for (ExecutionContext ctx : contexts) {
            if (kinds.contains(ctx.kind())) {
                return ctx;
            }
        }
        return null;
    }

    private static Finding finding(Analysis analysis, RuleMeta meta, int unit, Pos pos, ExecutionContext ctx,
                                   Effects.Blocking b) {
        String where = ctx.describe(analysis.model().knowledge());
        String message = b.chain().isEmpty()
                ? b.api() + " blocks the " + where
                : b.callee() + " reaches " + b.api() + " (" + Effects.category(b.category()) + ") and blocks the "
                + where;
        SourceLocation location = new SourceLocation(analysis.model().fileOf(unit).path(), pos.line(), pos.column(),
                pos.endLine(), pos.endColumn());
        return new Finding(meta.id(), meta.level(), location, message, where, b.chain(), List.of());
    }
}
