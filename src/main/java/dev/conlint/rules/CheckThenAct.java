package dev.conlint.rules;

import dev.conlint.facts.CheckFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.model.Analysis;
import dev.conlint.model.ProjectModel;

import dev.conlint.facts.AccessFacts;
import dev.conlint.model.Concurrency;
import dev.conlint.model.SharedState.Access;
import dev.conlint.model.SharedState.Field;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * A check followed by an act on a concurrent map or an atomic field, outside any lock (each call
 * is atomic, the pair is not); a volatile field's read-modify-write that several threads run; and
 * an unlocked lazy initialisation in code that runs on several threads.
 */
@RuleMeta(id = "check-then-act", name = "CheckThenAct", family = "F4",
        familyTitle = "Unsynchronized shared state", level = Level.WARNING, precision = "high",
        title = "A check then an act, or a read-modify-write, on state other threads change is not atomic as a whole")
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
                if (c.kind() == CheckFacts.Kind.LAZY_INIT) {
                    lazyInit(analysis, u, c).ifPresent(findings::add);
                    continue;
                }
                String compound = model.compound(model.fieldOwner(unit.owner(), c.field()) == null ? null
                        : fieldType(model, u, c.field()));
                boolean map = c.kind() == CheckFacts.Kind.MAP_CHECK_THEN_ACT && "map".equals(compound);
                boolean atomic = c.kind() == CheckFacts.Kind.ATOMIC_GET_THEN_SET && "atomic".equals(compound);
                if (!map && !atomic || map && keyedByConnection(model, u, c)) {
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
        for (Field f : analysis.shared().fields()) {
            if (f.isVolatile() && !SharedFields.perUseState(analysis.shared().concurrency(), f)) {
                volatileUpdates(analysis, f, findings);
            }
        }
        return findings;
    }

    /** {@code count++} on a volatile field that more than one thread writes. */
    private void volatileUpdates(Analysis analysis, Field f, List<Finding> findings) {
        Concurrency c = analysis.shared().concurrency();
        Set<Integer> writers = new LinkedHashSet<>();
        for (Access a : f.accesses()) {
            if (a.facts().kind().writes()) {
                writers.addAll(a.sides());
            }
        }
        for (Access a : f.accesses()) {
            if (a.facts().kind() != AccessFacts.Kind.UPDATE || !a.locks().isEmpty()) {
                continue;
            }
            Concurrency.Root multi = multiRoot(c, a.sides());
            if (multi == null && writers.size() < 2) {
                continue;
            }
            String who = multi != null ? multi.who() : describeSides(analysis, writers);
            findings.add(SharedFields.finding(analysis, meta(), f, a, "`" + f.name() + "` is volatile, but this"
                    + " read-modify-write is not atomic, and several threads update it: updates are lost; use an"
                    + " AtomicLong, LongAdder or a lock (" + who + ")", who, f.accesses()));
        }
    }

    /** {@code if (f == null) f = ...} on a plain field, in code that runs concurrently with itself or elsewhere. */
    private java.util.Optional<Finding> lazyInit(Analysis analysis, int u, CheckFacts c) {
        ProjectModel model = analysis.model();
        Concurrency cc = analysis.shared().concurrency();
        String owner = model.fieldOwner(model.unit(u).owner(), c.field());
        dev.conlint.facts.TypeFacts t = owner == null ? null : model.projectType(owner);
        if (t == null || t.volatileFields().contains(c.field()) || t.finalFields().contains(c.field())
                || !cc.entryLocks(u).isEmpty() || cc.beforePublication(u)) {
            return java.util.Optional.empty();
        }
        Set<Integer> sides = cc.sides(u);
        Concurrency.Root multi = multiRoot(cc, sides);
        if (multi == null && sides.size() < 2) {
            return java.util.Optional.empty();
        }
        String who = multi != null ? multi.who() : describeSides(analysis, sides);
        return java.util.Optional.of(ContextSites.finding(analysis, meta(), u, c.check(), "Lazy initialisation of `"
                + c.field() + "` without a lock in code that runs on several threads: two of them can both see"
                + " null, build it twice and publish a half-built object; initialise it eagerly, use a holder class,"
                + " or a volatile field with double-checked locking (" + who + ")", who, List.of()));
    }

    private static Concurrency.Root multiRoot(Concurrency c, Set<Integer> sides) {
        for (int s : sides) {
            if (s != Concurrency.OWNER && c.root(s).multi()) {
                return c.root(s);
            }
        }
        return null;
    }

    /** "the task submitted in `A.b` and the owner's own methods". */
    private static String describeSides(Analysis analysis, Set<Integer> sides) {
        Concurrency c = analysis.shared().concurrency();
        List<String> names = new ArrayList<>();
        for (int s : sides) {
            names.add(s == Concurrency.OWNER ? "the class's other callers" : c.root(s).who());
            if (names.size() == 2) {
                break;
            }
        }
        return String.join(" and ", names);
    }

    /**
     * A check and act on a key computed from the connection the handler was called for
     * ({@code ctx.channel().hashCode()}): only that connection's thread uses the key.
     */
    private static boolean keyedByConnection(ProjectModel model, int unit, CheckFacts c) {
        if (c.keyParam() == null) {
            return false;
        }
        for (UnitFacts.Param p : model.unit(unit).params()) {
            if (p.name().equals(c.keyParam()) && p.type() != null
                    && model.knowledgeOn(model.resolveType(unit, p.type()),
                    dev.conlint.knowledge.KnowledgeType::perConnection) != null) {
                return true;
            }
        }
        return false;
    }

    private static String fieldType(ProjectModel model, int unit, String field) {
        return model.receiverType(unit, new dev.conlint.facts.Receiver.Named(field));
    }
}
