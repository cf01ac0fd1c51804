package dev.conlint.rules;

import dev.conlint.facts.CheckFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.model.Analysis;
import dev.conlint.model.ProjectModel;

import java.util.ArrayList;
import java.util.List;

/** Double-checked lazy initialisation of a field that is not volatile. */
@RuleMeta(id = "double-checked-locking", name = "DoubleCheckedLocking", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "Double-checked locking on a field that is not volatile publishes half-built objects")
public final class DoubleCheckedLocking implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        ProjectModel model = analysis.model();
        List<Finding> findings = new ArrayList<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            for (CheckFacts c : unit.checks()) {
                if (c.kind() != CheckFacts.Kind.DOUBLE_CHECKED_INIT) {
                    continue;
                }
                String declaring = model.fieldOwner(unit.owner(), c.field());
                if (declaring == null || model.projectType(declaring).volatileFields().contains(c.field())) {
                    continue;
                }
                String where = "lazy initialisation in " + model.enclosingDisplay(u);
                findings.add(ContextSites.finding(analysis, meta(), u, c.check(), "Double-checked locking on `"
                        + c.field() + "`, which is not volatile: another thread can see the reference before the"
                        + " object it points to is fully built (" + where + ")", where, List.of()));
            }
        }
        return findings;
    }
}
