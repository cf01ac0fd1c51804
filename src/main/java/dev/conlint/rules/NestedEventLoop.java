package dev.conlint.rules;

import dev.conlint.facts.CallFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.Effects;
import dev.conlint.model.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creating an event loop, runtime or (per event) a thread pool on an event loop, or synchronously
 * driving the loop or pipeline the code is running on.
 */
@RuleMeta(id = "nested-event-loop", name = "NestedEventLoop", family = "F3",
        familyTitle = "Nested event loops and waiting on yourself", level = Level.WARNING, precision = "high",
        title = "An event loop, runtime or pool is created or driven from code already running on one")
public final class NestedEventLoop implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < analysis.model().unitCount(); u++) {
            ExecutionContext ctx = ContextSites.context(analysis, u, Set.of(Runs.EVENT_LOOP));
            if (ctx == null) {
                continue;
            }
            String where = ctx.describe(analysis.model().knowledge());
            List<CallFacts> calls = analysis.model().unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                Finding f = spawns(analysis, u, c, ctx, where);
                if (f == null) {
                    f = drives(analysis, u, c, ctx, where);
                }
                if (f != null) {
                    findings.add(f);
                }
            }
        }
        return findings;
    }

    /** An event loop created anywhere on a loop; a thread pool only where the code runs per event. */
    private Finding spawns(Analysis analysis, int u, int c, ExecutionContext ctx, String where) {
        Effects.Path p = analysis.spawns().pathAt(u, c);
        if (p == null || p.entry() == null || !ContextSites.shallow(p)) {
            return null;
        }
        boolean runtime = "runtime".equals(p.entry().spawns());
        if (!runtime && ctx.once()) {
            return null;    // a verticle's start() creating its pool once is bootstrap, not per event
        }
        String what = runtime ? "creates an event loop inside the " : "creates a new thread pool for every event on the ";
        String message = (p.chain().isEmpty() ? p.api() : p.callee() + " reaches " + p.api() + ", which") + " " + what
                + where;
        return ContextSites.finding(analysis, meta(), u, analysis.model().unit(u).calls().get(c).pos(), message, where,
                p.chain());
    }

    /** A block()/sync()/await() on the very loop or pipeline the code runs in. */
    private Finding drives(Analysis analysis, int u, int c, ExecutionContext ctx, String where) {
        Effects.Path p = analysis.blocking().pathAt(u, c);
        CallFacts call = analysis.model().unit(u).calls().get(c);
        if (p == null || !ContextSites.drivesOwnLoop(p, ctx) || BlockingInContext.settled(analysis, u, call, ctx, p)
                || p.chain().isEmpty() && ContextSites.waitsForOwnLoop(analysis, u, c, ctx)) {
            return null;
        }
        String message = (p.chain().isEmpty() ? p.api() : p.callee() + " reaches " + p.api())
                + " drives " + ctx.framework() + " synchronously from the " + where;
        return ContextSites.finding(analysis, meta(), u, call.pos(), message, where, p.chain());
    }
}
