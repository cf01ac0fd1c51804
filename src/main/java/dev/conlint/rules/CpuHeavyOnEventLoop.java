package dev.conlint.rules;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.LoopFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.Effects;
import dev.conlint.model.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CPU-heavy work (known expensive APIs, nested data loops, huge constant loops) on an event loop. */
@RuleMeta(id = "cpu-heavy-on-event-loop", name = "CpuHeavyOnEventLoop", family = "F1",
        familyTitle = "CPU-bound work on an event loop", level = Level.WARNING, precision = "medium",
        title = "CPU-heavy work runs on an event loop, stalling every other task on it")
public final class CpuHeavyOnEventLoop implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < analysis.model().unitCount(); u++) {
            ExecutionContext ctx = ContextSites.context(analysis, u, Set.of(Runs.EVENT_LOOP));
            if (ctx == null || ctx.cpuPool()) {
                continue;   // Schedulers.parallel() and computation() are where CPU work belongs
            }
            String where = ctx.describe(analysis.model().knowledge());
            List<CallFacts> calls = analysis.model().unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                Effects.Path p = analysis.cpu().pathAt(u, c);
                if (p != null && ContextSites.shallow(p)
                        && (p.entry() == null || !p.entry().notOn().contains(ctx.framework()))) {
                    String message = p.chain().isEmpty()
                            ? p.api() + " (" + p.category() + ") runs on the " + where
                            : p.callee() + " reaches " + p.api() + " (" + p.category() + ") on the " + where;
                    findings.add(ContextSites.finding(analysis, meta(), u, calls.get(c).pos(), message, where,
                            p.chain()));
                }
            }
            List<LoopFacts> loops = analysis.model().unit(u).loops();
            for (int l = 0; l < loops.size(); l++) {
                if (analysis.cpu().heavyLoop(u, l)) {
                    findings.add(ContextSites.finding(analysis, meta(), u, loops.get(l).pos(),
                            capitalised(loops.get(l).why()) + " run on the " + where, where, List.of()));
                }
            }
        }
        return findings;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
