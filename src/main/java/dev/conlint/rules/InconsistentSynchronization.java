package dev.conlint.rules;

import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.model.Analysis;
import dev.conlint.model.SharedState.Access;
import dev.conlint.model.SharedState.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * A field its class guards with a lock almost everywhere (or declares {@code @GuardedBy}), accessed
 * without that lock here.
 */
@RuleMeta(id = "inconsistent-synchronization", name = "InconsistentSynchronization", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "A field guarded by a lock elsewhere is accessed here without it")
public final class InconsistentSynchronization implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Field f : analysis.shared().fields()) {
            SharedFields.Guard g = SharedFields.guard(analysis.model(), f);
            if (g == null) {
                continue;
            }
            String lock = SharedFields.lockDisplay(g.lock());
            String evidence = g.declared() ? "it is declared @GuardedBy " + lock
                    : "it is accessed holding it in " + g.held() + " of " + g.total() + " places";
            List<Access> guarded = new ArrayList<>();
            for (Access a : SharedFields.relevant(f)) {
                if (a.holds(g.lock())) {
                    guarded.add(a);
                }
            }
            for (Access a : SharedFields.relevant(f)) {
                if (!SharedFields.violatesGuard(analysis.model(), f, g, a) || SharedFields.lazilyInitialised(analysis.model(), a.unit(), f.name())
                        && !g.declared()) {
                    continue;
                }
                String verb = SharedFields.describe(analysis.model(), a);
                String context = "`" + f.display(analysis.model()) + "` guarded by " + lock;
                String message = "`" + f.name() + "` is " + verb.substring(0, verb.indexOf(" in ")) + " here without "
                        + lock + ", but " + evidence + ": this access can see a stale or half-updated value, or lose"
                        + " an update; take " + lock + " here too (" + context + ")";
                findings.add(SharedFields.finding(analysis, meta(), f, a, message, context, guarded));
            }
        }
        return findings;
    }
}
