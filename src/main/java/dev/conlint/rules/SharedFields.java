package dev.conlint.rules;

import dev.conlint.facts.AccessFacts;
import dev.conlint.facts.CheckFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.Finding;
import dev.conlint.finding.SourceLocation;
import dev.conlint.model.Analysis;
import dev.conlint.model.Concurrency;
import dev.conlint.model.ProjectModel;
import dev.conlint.model.SharedState.Access;
import dev.conlint.model.SharedState.Field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shared-state rules share: the lock a field is guarded by, whether two accesses race,
 * and findings that carry the field's declaration and the other side of the race as related
 * locations.
 */
final class SharedFields {

    /** Other accesses listed as related locations, at most. */
    private static final int MAX_RELATED = 5;

    private SharedFields() {
    }

    /**
     * The lock guarding a field: its {@code @GuardedBy}, or a lock held at two thirds or more of its
     * accesses, at least two of them, one a write; null when there is none. Counts are in
     * {@link Guard}.
     */
    record Guard(String lock, int held, int total, boolean declared) { }

    static Guard guard(ProjectModel model, Field f) {
        List<Access> relevant = new ArrayList<>();
        for (Access a : relevant(f)) {
            if (!diagnostic(model, a.unit())) {
                relevant.add(a);   // toString's reads say nothing about how the field is guarded
            }
        }
        if (f.guardedBy() != null) {
            int held = (int) relevant.stream().filter(a -> a.holds(f.guardedBy())).count();
            return new Guard(f.guardedBy(), held, relevant.size(), true);
        }
        if (f.captured() || f.isVolatile() || relevant.size() < 3) {
            return null;
        }
        Map<String, int[]> counts = new HashMap<>();   // lock -> {held, writesHeld}
        for (Access a : relevant) {
            for (String l : a.locks()) {
                if (l.startsWith(Concurrency.VIA)) {
                    continue;   // a caller's lock elsewhere: not how this class guards the field
                }
                int[] c = counts.computeIfAbsent(l, k -> new int[2]);
                c[0]++;
                if (writes(f, a)) {
                    c[1]++;
                }
            }
        }
        String best = null;
        int bestHeld = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= 2 && c[1] >= 1 && c[0] * 3 >= relevant.size() * 2
                    && (c[0] > bestHeld || c[0] == bestHeld && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestHeld = c[0];
            }
        }
        return best == null || bestHeld == relevant.size() ? null
                : new Guard(best, bestHeld, relevant.size(), false);
    }

    /** The accesses that count for consistency: all of a non-final field's; calls on a final unsafe object. */
    static List<Access> relevant(Field f) {
        if (!f.isFinal()) {
            return f.accesses();
        }
        if (f.unsafe() == null) {
            return List.of();
        }
        List<Access> calls = new ArrayList<>();
        for (Access a : f.accesses()) {
            if (a.facts().kind() == AccessFacts.Kind.CALL) {
                calls.add(a);
            }
        }
        return calls;
    }

    /** Whether an access changes the field or the unsafe object it holds. */
    static boolean writes(Field f, Access a) {
        return a.facts().kind().writes() || a.facts().kind() == AccessFacts.Kind.CALL && f.unsafeCall(a.facts().method());
    }

    /**
     * Whether inconsistent-synchronization reports this access (so the other rules leave it).
     * Against a declared {@code @GuardedBy}: every access without the lock. Against a guard
     * inferred from the counts: the accesses that are wrong whatever the protocol around them, in
     * public methods (what other threads call): a read-modify-write ({@code count++}: updates are
     * lost), and any call on a non-thread-safe object the lock otherwise guards ({@code map.get}
     * while others {@code put} under it: the map's insides are read half-changed). Plain reads and
     * plain writes of the field's value are left out: reviewed code reads lock-guarded flags without
     * the lock on purpose (fast paths, monitoring getters), and writes them without it where its
     * protocol already orders them (initialisation before a thread starts, resets), too often for a
     * guard conlint only infers to call each one a bug. Private and package helpers follow their
     * callers' protocol, which conlint cannot see; setters are configuration.
     */
    static boolean violatesGuard(ProjectModel model, Field f, Guard g, Access a) {
        if (g == null || a.holds(g.lock()) || !relevant(f).contains(a) || diagnostic(model, a.unit())) {
            return false;
        }
        if (g.declared()) {
            return true;
        }
        UnitFacts method = model.unit(declaredMethod(model, a.unit()));
        boolean racy = a.facts().kind() == AccessFacts.Kind.UPDATE
                || a.facts().kind() == AccessFacts.Kind.CALL && f.unsafe() != null;
        return racy && method.isPublic() && !isSetter(method);
    }

    /** The declared method a unit is written in (itself for a method). */
    static int declaredMethod(ProjectModel model, int unit) {
        int m = unit;
        while (model.parentOf(m) >= 0) {
            m = model.parentOf(m);
        }
        return m;
    }

    /**
     * Code that reads state for display only, where a stale value is accepted: {@code toString},
     * and methods that say so in their name ({@code scanUnsafe}).
     */
    static boolean diagnostic(ProjectModel model, int unit) {
        String name = model.unit(declaredMethod(model, unit)).name();
        return name.equals("toString") || name.contains("Unsafe") || name.contains("unsafe");
    }

    /**
     * An access on another side than root {@code root} that races with {@code a}: one of the two
     * writes ({@code aWrites} / the other's write), they share no lock, and the submitting code
     * does not order them. Null when there is none.
     */
    static Access racingPartner(ProjectModel model, Concurrency c, Field f, Access a, int root, boolean aWrites) {
        String rootOwner = model.unit(c.root(root).unit()).owner();
        for (Access b : f.accesses()) {
            if (!aWrites && !writes(f, b) || a.sharesLockWith(b)
                    || !c.sameFamily(rootOwner, model.unit(b.unit()).owner())
                    || c.asksForItsThread(b.unit())
                    || !aWrites && isSetter(model.unit(b.unit()))) {
                continue;
            }
            for (int side : b.sides()) {
                if (side == root) {
                    continue;
                }
                if (c.ordered(c.root(root), b.unit(), b.facts().pos())
                        || side != Concurrency.OWNER && c.ordered(c.root(side), a.unit(), a.facts().pos())) {
                    continue;
                }
                return b;
            }
        }
        return null;
    }

    /**
     * Whether the unit initialises the field lazily ({@code if (f == null) f = ...}, or double-checked):
     * check-then-act's and double-checked-locking's business, not the other rules'.
     */
    static boolean lazilyInitialised(ProjectModel model, int unit, String field) {
        for (CheckFacts c : model.unit(unit).checks()) {
            if ((c.kind() == CheckFacts.Kind.LAZY_INIT || c.kind() == CheckFacts.Kind.DOUBLE_CHECKED_INIT)
                    && c.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A JavaBean setter ({@code setUrl(String url)}): configuration, written before the tasks that
     * read it start (the submit orders it), or by a framework during wiring.
     */
    private static boolean isSetter(UnitFacts u) {
        return u.kind() == UnitFacts.Kind.METHOD && u.params().size() == 1 && u.name().length() > 3
                && u.name().startsWith("set") && Character.isUpperCase(u.name().charAt(3));
    }

    /** Whether a per-use method of a shared instance writes the field: its state for the current use. */
    static boolean perUseState(Concurrency c, Field f) {
        for (Access a : f.accesses()) {
            if (a.facts().kind().writes() && c.perUse(a.unit())) {
                return true;
            }
        }
        return false;
    }

    /** The evidence for a race with {@code other}: that access first, then the field's other accesses. */
    static List<Access> partnerFirst(Access other, Field f) {
        List<Access> related = new ArrayList<>(f.accesses().size() + 1);
        related.add(other);
        related.addAll(f.accesses());
        return related;
    }

    /** "read in `ReportJob.total`", "written in `Poller.stop`". */
    static String describe(ProjectModel model, Access b) {
        String verb = switch (b.facts().kind()) {
            case READ -> "read";
            case WRITE -> "written";
            case UPDATE -> "updated";
            case CALL -> "used (`" + b.facts().method() + "`)";
        };
        return verb + " in `" + model.enclosingDisplay(b.unit()) + "`";
    }

    static Finding finding(Analysis analysis, RuleMeta meta, Field f, Access a, String message, String context,
                           List<Access> others) {
        return finding(analysis, meta, f, a, message, context, others, -1);
    }

    /**
     * A finding on access {@code a}; with {@code root} >= 0, its call chain runs from where that root
     * is handed to another thread (or starts) through the project calls that reach the access.
     */
    static Finding finding(Analysis analysis, RuleMeta meta, Field f, Access a, String message, String context,
                           List<Access> others, int root) {
        ProjectModel model = analysis.model();
        List<ChainStep> chain = root < 0 ? List.of() : chain(analysis, root, a, f);
        List<ChainStep> related = new ArrayList<>();
        if (f.declaration() != null) {
            related.add(step(model, f.declarationUnit(), f.declaration(), "`" + f.name() + "` is declared here"));
        }
        java.util.Set<Pos> shown = new java.util.HashSet<>();
        shown.add(a.facts().pos());
        for (Access b : others) {
            if (related.size() > MAX_RELATED) {
                break;
            }
            if (shown.add(b.facts().pos())) {
                related.add(step(model, b.unit(), b.facts().pos(), "`" + f.name() + "` " + describe(model, b)
                        + (b.locks().isEmpty() ? " without a lock" : " holding " + locks(b))));
            }
        }
        Pos pos = a.facts().pos();
        SourceLocation location = new SourceLocation(model.fileOf(a.unit()).path(), pos.line(), pos.column(),
                pos.endLine(), pos.endColumn());
        return new Finding(meta.id(), meta.level(), location, message, context, chain, related);
    }

    /** Where the root starts, each project call on the way, and the access itself; empty for a direct access. */
    private static List<ChainStep> chain(Analysis analysis, int root, Access a, Field f) {
        ProjectModel model = analysis.model();
        Concurrency c = analysis.shared().concurrency();
        List<int[]> path = c.path(root, a.unit());
        if (path.isEmpty()) {
            return List.of();
        }
        Concurrency.Root r = c.root(root);
        List<ChainStep> steps = new ArrayList<>();
        UnitFacts start = model.unit(r.unit());
        steps.add(step(model, r.unit(), start.pos(), "runs on another thread: " + r.who()));
        for (int[] p : path) {
            dev.conlint.facts.CallFacts call = model.unit(p[0]).calls().get(p[1]);
            steps.add(step(model, p[0], call.pos(), "calls `" + call.name() + "` (" + model.enclosingDisplay(p[0]) + ")"));
        }
        steps.add(step(model, a.unit(), a.facts().pos(), "`" + f.name() + "` " + describe(model, a)));
        return steps;
    }

    private static ChainStep step(ProjectModel model, int unit, Pos pos, String text) {
        return new ChainStep(new SourceLocation(model.fileOf(unit).path(), pos.line(), pos.column(), pos.endLine(),
                pos.endColumn()), text);
    }

    /** "`lock`", "`this`", "`Registry.class`" for lock ids. */
    static String lockDisplay(String lock) {
        String id = lock.startsWith(Concurrency.VIA) ? lock.substring(Concurrency.VIA.length()) : lock;
        int colon = id.indexOf(':');
        String kind = id.substring(0, colon);
        String what = id.substring(colon + 1);
        return switch (kind) {
            case "this" -> "`this` (" + what + ")";
            case "class" -> "`" + what + ".class`";
            default -> "`" + what + "`";
        };
    }

    private static String locks(Access b) {
        List<String> shown = new ArrayList<>();
        for (String l : b.locks()) {
            shown.add(lockDisplay(l));
        }
        return String.join(", ", shown);
    }
}
