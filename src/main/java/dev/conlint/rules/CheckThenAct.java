package dev.conlint.rules;

import dev.conlint.facts.CheckFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.model.Analysis;
import dev.conlint.model.ProjectModel;

import java.util.ArrayList;
import java.util.List;

/**
 * A check followed by an act on a concurrent map or an atomic field, outside any lock: each call
 * is atomic, the pair is not.
 */
@RuleMeta(id = "check-then-act", name = "CheckThenAct", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "A check then an act on a concurrent map or atomic is not atomic as a whole")
public final class CheckThenAct implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        ProjectModel model = analysis.model();
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            for (CheckFacts c : unit.checks()) {
                if (c.underLock() || c.kind() == CheckFacts.Kind.DOUBLE_CHECKED_INIT) {
                    continue;
                }
                String compound = model.compound(model.fieldOwner(unit.owner(), c.field()) == null ? null
                        : fieldType(model, u, c.field()));
                boolean map = c.kind() == CheckFacts.Kind.MAP_CHECK_THEN_ACT && "map".equals(compound);
                boolean atomic = c.kind() == CheckFacts.Kind.ATOMIC_GET_THEN_SET && "atomic".equals(compound);
                if (!map && !atomic) {
                    continue;
                }
                String where = model.enclosingDisplay(u);
                String message = map
                        ? "`" + c.checkName() + "` then `" + c.act() + "` on the concurrent map `" + c.field()
                        + "` is not atomic: another thread can act in between; use putIfAbsent, computeIfAbsent,"
                        + " compute or merge (" + where + ")"
                        : "`get` then `set` on the atomic `" + c.field() + "` is not atomic: another thread can update"
                        + " it in between; use updateAndGet, accumulateAndGet or a compareAndSet loop (" + where + ")";
                findings.add(ContextSites.finding(analysis, meta(), u, c.check(), message, where, List.of()));
            }
        }
        return findings;
    }

    private static String fieldType(ProjectModel model, int unit, String field) {
        return model.receiverType(unit, new dev.conlint.facts.Receiver.Named(field));
    }
}
