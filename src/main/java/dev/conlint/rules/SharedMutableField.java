package dev.conlint.rules;

import dev.conlint.facts.AccessFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.model.Analysis;
import dev.conlint.model.Concurrency;
import dev.conlint.model.ProjectModel;
import dev.conlint.model.SharedState.Access;
import dev.conlint.model.SharedState.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain field written by code that runs concurrently (with itself, or with the code that reads
 * it elsewhere) without a common lock: lost updates and stale reads.
 */
@RuleMeta(id = "shared-mutable-field", name = "SharedMutableField", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "A field is written by concurrent code and read or written elsewhere without a common lock")
public final class SharedMutableField implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        ProjectModel model = analysis.model();
        Concurrency c = analysis.shared().concurrency();
        List<Finding> findings = new ArrayList<>();
        for (Field f : analysis.shared().fields()) {
            if (f.captured() || f.isFinal() || f.isVolatile() || f.guardedBy() != null || confinedByContract(model, f)
                    || SharedFields.perUseState(c, f)) {
                continue;
            }
            SharedFields.Guard guard = SharedFields.guard(model, f);
            for (Access a : f.accesses()) {
                if (a.facts().kind() == AccessFacts.Kind.CALL || SharedFields.violatesGuard(model, f, guard, a)
                        || SharedFields.lazilyInitialised(model, a.unit(), f.name())) {
                    continue;
                }
                Finding finding = race(analysis, c, f, a);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    private Finding race(Analysis analysis, Concurrency c, Field f, Access a) {
        ProjectModel model = analysis.model();
        boolean writes = a.facts().kind().writes();
        for (int side : a.sides()) {
            if (side == Concurrency.OWNER) {
                continue;
            }
            Concurrency.Root root = c.root(side);
            String field = "`" + f.name() + "`";
            String where = " (" + root.who() + ")";
            if (writes && root.multi() && a.locks().isEmpty()) {
                String message = a.facts().kind() == AccessFacts.Kind.UPDATE
                        ? field + " is updated without a lock by code that runs concurrently with itself: updates are"
                        + " lost; use an atomic (AtomicLong, LongAdder) or guard every access with one lock" + where
                        : field + " is written without a lock by code that runs concurrently with itself: each call"
                        + " overwrites the others' value; keep per-call state in locals, or guard every access with"
                        + " one lock" + where;
                return SharedFields.finding(analysis, meta(), f, a, message, root.who(), f.accesses(), side);
            }
            if (!writes && !a.facts().inLoop()) {
                continue;   // a one-off read is ordered by the hand-over in practice; a polled flag is not
            }
            Access other = SharedFields.racingPartner(model, c, f, a, side, writes);
            if (other != null) {
                String message = writes
                        ? field + " is written here and " + SharedFields.describe(model, other) + " on another thread"
                        + " without a common lock: the other side can see a stale value; make it volatile or atomic,"
                        + " or guard both with one lock" + where
                        : field + " is read here but " + SharedFields.describe(model, other) + " on another thread"
                        + " without a common lock: this code may never see the change; make it volatile, or guard"
                        + " both with one lock" + where;
                return SharedFields.finding(analysis, meta(), f, a, message, root.who(),
                        SharedFields.partnerFirst(other, f), side);
            }
        }
        return null;
    }

    /** Fields of a class whose author says callers must confine it ({@code @NotThreadSafe}). */
    static boolean confinedByContract(ProjectModel model, Field f) {
        return !f.captured() && model.projectType(f.owner()).annotations().stream()
                .anyMatch(n -> n.endsWith("NotThreadSafe"));
    }
}
