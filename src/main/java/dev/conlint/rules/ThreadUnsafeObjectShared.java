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
 * An object that is not thread-safe ({@code HashMap}, {@code ArrayList}, {@code SimpleDateFormat},
 * {@code MessageDigest}, ...) changed by code that runs concurrently, with no common lock.
 */
@RuleMeta(id = "thread-unsafe-object-shared", name = "ThreadUnsafeObjectShared", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "An object that is not thread-safe is used by several threads without a lock")
public final class ThreadUnsafeObjectShared implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        ProjectModel model = analysis.model();
        Concurrency c = analysis.shared().concurrency();
        List<Finding> findings = new ArrayList<>();
        for (Field f : analysis.shared().fields()) {
            if (f.unsafe() == null || SharedMutableField.confinedByContract(model, f) || SharedFields.perUseState(c, f)) {
                continue;
            }
            SharedFields.Guard guard = SharedFields.guard(model, f);
            for (Access a : f.accesses()) {
                if (a.facts().kind() != AccessFacts.Kind.CALL || !f.unsafeCall(a.facts().method())
                        || SharedFields.violatesGuard(model, f, guard, a)) {
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
        String what = "`" + f.name() + "` holds a " + f.unsafeType() + ", which is not thread-safe";
        String call = "`" + a.facts().method() + "`";
        String fix = "use a thread-safe type (a concurrent collection, DateTimeFormatter, one instance per thread) or"
                + " guard every use with one lock";
        for (int side : a.sides()) {
            if (side == Concurrency.OWNER) {
                continue;
            }
            Concurrency.Root root = c.root(side);
            String where = " (" + root.who() + ")";
            if (root.multi() && a.locks().isEmpty()) {
                return SharedFields.finding(analysis, meta(), f, a, what + ", and " + call + " is called on it by"
                        + " code that runs concurrently with itself, without a lock: its internal state can be"
                        + " corrupted; " + fix + where, root.who(), f.accesses(), side);
            }
            Access other = SharedFields.racingPartner(model, c, f, a, side, true);
            if (other != null) {
                return SharedFields.finding(analysis, meta(), f, a, what + ": " + call + " here races with its use"
                        + " on another thread, " + SharedFields.describe(model, other) + ", without a common lock; "
                        + fix + where, root.who(), SharedFields.partnerFirst(other, f), side);
            }
        }
        return null;
    }
}
