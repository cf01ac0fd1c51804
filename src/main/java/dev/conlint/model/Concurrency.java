package dev.conlint.model;

import dev.conlint.facts.ArgFacts;
import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.TypeFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.knowledge.AnnotationEntry;
import dev.conlint.knowledge.Runs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which code runs concurrently with which, for the shared-state rules.
 *
 * <p>A <em>root</em> is code another thread runs: a task handed to an executor, a thread body, a
 * parallel-stream lambda, an async stage, a request method of a shared singleton. It runs
 * concurrently with itself ({@link Root#multi}) when it is submitted in a loop, runs per request,
 * or is a parallel lambda. The project methods a root calls on the same object ({@code this}, its
 * fields, static methods; a few calls deep) are part of it; objects it creates itself are confined
 * to it and not followed. Everything else a class does (its other methods, event-loop handlers
 * confined to their loop) is the <em>owner side</em>: one thread conlint does not know, never
 * concurrent with itself. Constructors and initialisers run before the object is shared and are
 * on no side.
 */
public final class Concurrency {

    /** Owner-side marker in {@link #sides}. */
    public static final int OWNER = -1;

    /** Calls followed from a root (or owner seed) into project methods on the same object. */
    private static final int MAX_DEPTH = 4;

    /**
     * Contexts that put code on another thread. Not ASYNC_STAGE: a stage of a future of unknown
     * origin runs on whichever thread completes it, often the very thread that owns the state.
     */
    private static final Set<Runs> TASK_KINDS = Set.of(Runs.WORKER, Runs.COMMON_POOL, Runs.VIRTUAL, Runs.REQUEST);

    /** Host calls that run their lambda once per element: a submit inside one is a submit in a loop. */
    private static final Set<String> REPEATING = Set.of("forEach", "forEachOrdered", "forEachRemaining", "map",
            "mapToObj", "flatMap", "peek", "filter", "replaceAll", "range", "rangeClosed", "iterate", "generate");

    /**
     * Code another thread runs.
     *
     * @param unit        the root unit
     * @param multi       whether it runs concurrently with itself
     * @param who         how messages name it: "tasks submitted in a loop in `ReportJob.run`"
     * @param submitUnit  the unit that hands it over (-1 when none: overrides, singletons)
     * @param submitCall  the handing-over call in {@code submitUnit}
     */
    public record Root(int unit, boolean multi, String who, int submitUnit, int submitCall) { }

    private final ProjectModel model;
    private final Contexts contexts;
    private final List<Root> roots = new ArrayList<>();
    private final Map<Integer, Integer> rootOfUnit = new HashMap<>();
    private final List<Set<Integer>> sides;
    private final List<List<String>> entryLocks;
    private final List<List<Integer>> children;
    /** For a lambda, reference or anonymous method: the call in its parent that it is handed to (-1: none). */
    private final int[] hostCall;
    private final Map<String, Set<String>> perUse = new HashMap<>();
    /** How a root reached a unit: (root << 32 | unit) to {previous unit, call index there}. */
    private final Map<Long, int[]> via = new HashMap<>();
    private final BitSet asks = new BitSet();
    private final BitSet asksChecked = new BitSet();

    private Concurrency(ProjectModel model, Contexts contexts) {
        this.model = model;
        this.contexts = contexts;
        int n = model.unitCount();
        this.sides = new ArrayList<>(n);
        this.entryLocks = new ArrayList<>(n);
        this.children = new ArrayList<>(n);
        this.hostCall = new int[n];
        java.util.Arrays.fill(hostCall, -1);
        for (int i = 0; i < n; i++) {
            sides.add(null);
            entryLocks.add(List.of());
            children.add(null);
        }
        for (int i = 0; i < n; i++) {
            int p = model.parentOf(i);
            if (p >= 0) {
                if (children.get(p) == null) {
                    children.set(p, new ArrayList<>(2));
                }
                children.get(p).add(i);
            }
        }
        for (int p = 0; p < n; p++) {
            List<CallFacts> calls = model.unit(p).calls();
            for (int c = 0; c < calls.size(); c++) {
                for (ArgFacts a : calls.get(c).args()) {
                    for (int k : model.argUnitsOf(p, a)) {
                        if (hostCall[k] < 0 && model.parentOf(k) == p) {
                            hostCall[k] = c;   // the first call of the parent that takes it, as written
                        }
                    }
                }
            }
        }
    }

    public static Concurrency compute(ProjectModel model, Contexts contexts) {
        Concurrency c = new Concurrency(model, contexts);
        c.findRoots();
        c.reachFromRoots();
        c.reachFromOwners();
        c.computeEntryLocks();
        return c;
    }

    public List<Root> roots() {
        return roots;
    }

    public Root root(int index) {
        return roots.get(index);
    }

    /** The sides a unit's code runs on: root indices and/or {@link #OWNER}; empty when unknown. */
    public Set<Integer> sides(int unit) {
        Set<Integer> s = sides.get(unit);
        return s == null ? Set.of() : s;
    }

    /** Locks every caller holds when this unit runs (private helpers, lambdas run in place). */
    public List<String> entryLocks(int unit) {
        return entryLocks.get(unit);
    }

    /**
     * Whether a unit begins or ends one use of a shared instance ({@code channelActive} of a
     * {@code @Sharable} handler): what it writes is that use's state, kept on purpose.
     */
    public boolean perUse(int unit) {
        UnitFacts u = model.unit(unit);
        Set<String> names = perUse.get(u.owner());
        return names != null && names.contains(u.name());
    }

    /**
     * Whether the unit is a constructor or initialiser (or a setup override like onSubscribe), or
     * runs in place inside one: the object is not shared yet.
     */
    public boolean beforePublication(int unit) {
        for (int u = unit; u >= 0; u = contexts.isInline(u) ? model.parentOf(u) : -1) {
            UnitFacts f = model.unit(u);
            if (f.kind() == UnitFacts.Kind.CONSTRUCTOR || f.kind() == UnitFacts.Kind.INITIALIZER || setup(f)) {
                return true;
            }
        }
        return false;
    }

    /** An override of a method the knowledge says runs before the object is shared (onSubscribe). */
    private boolean setup(UnitFacts f) {
        return f.kind() == UnitFacts.Kind.METHOD && !f.isStatic()
                && model.knowledgeOn(f.owner(), kt -> kt.setup().contains(f.name())) != null;
    }

    /**
     * Whether an access at {@code pos} in {@code unit} is ordered with root {@code r} by the code
     * that submits it: written before the submitting call, or after a wait that follows it
     * ({@code future.get()}, {@code join()}, {@code latch.await()}).
     */
    public boolean ordered(Root r, int unit, Pos pos) {
        if (unit != r.submitUnit()) {
            return false;
        }
        UnitFacts u = model.unit(unit);
        Pos submit = u.calls().get(r.submitCall()).pos();
        if (before(pos, submit)) {
            return true;
        }
        for (int c = 0; c < u.calls().size(); c++) {
            Pos at = u.calls().get(c).pos();
            String blocking = model.target(unit, c).blocking();
            if (("wait".equals(blocking) || "future".equals(blocking)) && before(submit, at) && before(at, pos)) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(Pos a, Pos b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    // ---------------------------------------------------------------- roots

    private void findRoots() {
        Map<Integer, List<Integer>> delegatingRefs = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            if (contexts.delegates(u)) {
                for (int m : model.target(u, 0).units()) {
                    delegatingRefs.computeIfAbsent(m, k -> new ArrayList<>()).add(u);
                }
            }
        }
        Map<String, List<int[]>> creations = creations();
        Set<String> sharedTypes = sharedTypes();
        // a shared type the framework calls through known methods (a @Sharable handler's channelRead)
        // runs those concurrently; its other public methods are its owner's
        Set<String> frameworkCalled = new java.util.HashSet<>();
        for (String type : sharedTypes) {
            for (int m : model.callables(type)) {
                if (!contexts.of(m).isEmpty()) {
                    frameworkCalled.add(type);
                }
            }
        }
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            if (contexts.delegates(u) || unit.isAbstract()) {
                continue;
            }
            ExecutionContext ctx = null;
            for (ExecutionContext c : contexts.of(u)) {
                if (TASK_KINDS.contains(c.kind())) {
                    ctx = c;
                    break;
                }
            }
            boolean sharedMethod = unit.kind() == UnitFacts.Kind.METHOD && !unit.isStatic() && !unit.isPrivate()
                    && sharedTypes.contains(unit.owner())
                    && (!contexts.of(u).isEmpty() || !frameworkCalled.contains(unit.owner()));
            if (ctx == null && !sharedMethod) {
                continue;
            }
            String type = model.typeDisplay(unit.owner());
            if (sharedMethod || ctx.kind() == Runs.REQUEST) {
                String what = sharedMethod ? "the shared singleton `" + type + "`" : "the servlet `" + type + "`";
                addRoot(new Root(u, true, "concurrent requests to " + what + " (`" + unit.name() + "`)", -1, -1));
                continue;
            }
            int[] site = submission(u, delegatingRefs);
            if (site == null) {
                if (unit.kind() == UnitFacts.Kind.METHOD) {
                    // a Thread or TimerTask subclass: what its creator did before creating it is ordered
                    List<int[]> made = creations.getOrDefault(unit.owner(), List.of());
                    int[] at = made.size() == 1 ? made.get(0) : new int[] {-1, -1};
                    addRoot(new Root(u, false, "the thread running `" + model.unitDisplay(u) + "`", at[0], at[1]));
                }
                continue;
            }
            int p = site[0];
            CallFacts call = model.unit(p).calls().get(site[1]);
            String where = "`" + model.enclosingDisplay(p) + "`";
            boolean parallel = ctx.kind() == Runs.COMMON_POOL && !call.name().endsWith("Async")
                    && !call.name().equals("submit") && !call.name().equals("execute");
            if (parallel) {
                addRoot(new Root(u, true, "the parallel stream in " + where, p, site[1]));
            } else if (repeated(p, site[1])) {
                addRoot(new Root(u, true, "tasks submitted in a loop in " + where, p, site[1]));
            } else {
                String what = ctx.kind() == Runs.ASYNC_STAGE ? "the async stage `" + call.name() + "` in "
                        : call.name().equals(CallFacts.CONSTRUCTOR) ? "the thread started in "
                        : "the task submitted in ";
                addRoot(new Root(u, false, what + where, p, site[1]));
            }
        }
        // a task submitted from code that itself runs concurrently with itself does too
        for (int i = 0; i < roots.size(); i++) {
            Root r = roots.get(i);
            if (!r.multi() && r.submitUnit() >= 0 && insideMulti(r.submitUnit())) {
                roots.set(i, new Root(r.unit(), true, r.who().replace("the task submitted in ", "tasks submitted by ")
                        .replace("the thread started in ", "threads started by "), r.submitUnit(), r.submitCall()));
            }
        }
    }

    /** Where each project type is instantiated: type to {unit, call} of each {@code new T(...)}. */
    private Map<String, List<int[]>> creations() {
        Map<String, List<int[]>> out = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                if (calls.get(c).receiver() instanceof Receiver.Created) {
                    String type = model.receiverType(u, calls.get(c).receiver());
                    if (type != null && model.projectType(type) != null) {
                        out.computeIfAbsent(type, k -> new ArrayList<>()).add(new int[] {u, c});
                    }
                }
            }
        }
        return out;
    }

    private void addRoot(Root r) {
        rootOfUnit.put(r.unit(), roots.size());
        roots.add(r);
    }

    /** Whether unit {@code u} is (written in place inside) a root that runs concurrently with itself. */
    private boolean insideMulti(int u) {
        for (int x = u; x >= 0; x = contexts.isInline(x) ? model.parentOf(x) : -1) {
            Integer r = rootOfUnit.get(x);
            if (r != null && roots.get(r).multi()) {
                return true;
            }
        }
        return false;
    }

    /** The call that hands unit {@code u} to another thread: {parent unit, call index}, or null. */
    private int[] submission(int u, Map<Integer, List<Integer>> delegatingRefs) {
        int p = model.parentOf(u);
        if (p < 0) {
            List<Integer> refs = delegatingRefs.get(u);
            return refs == null || refs.size() != 1 ? null : submission(refs.get(0), delegatingRefs);
        }
        return hostCall[u] < 0 ? null : new int[] {p, hostCall[u]};
    }

    /** Whether the call runs many times: in a loop, or in a lambda a forEach/stream runs per element. */
    private boolean repeated(int unit, int call) {
        if (model.unit(unit).inLoop(call)) {
            return true;
        }
        int p = model.parentOf(unit);
        if (p < 0 || !contexts.isInline(unit)) {
            return false;
        }
        int[] host = submission(unit, Map.of());
        return host != null && REPEATING.contains(model.unit(host[0]).calls().get(host[1]).name())
                || host != null && repeated(host[0], host[1]);
    }

    /** Project types one instance of which serves many threads: Spring singletons, @Sharable handlers. */
    private Set<String> sharedTypes() {
        Set<String> shared = new LinkedHashSet<>();
        for (String type : model.projectTypeNames()) {
            TypeFacts t = model.projectType(type);
            List<Integer> callables = model.callables(type);
            if (t.annotations().isEmpty() || callables.isEmpty()) {
                continue;
            }
            Set<String> present = new LinkedHashSet<>();
            List<AnnotationEntry> entries = new ArrayList<>();
            for (String name : t.annotations()) {
                String fqn = model.resolveType(callables.get(0), name);
                if (fqn != null) {
                    present.add(fqn);
                    AnnotationEntry a = model.knowledge().annotation(fqn);
                    if (a != null && a.shared()) {
                        entries.add(a);
                    }
                }
            }
            for (AnnotationEntry a : entries) {
                if (a.unless().stream().noneMatch(present::contains)) {
                    shared.add(type);
                    perUse.computeIfAbsent(type, k -> new LinkedHashSet<>()).addAll(a.perUse());
                }
            }
        }
        return shared;
    }

    // ---------------------------------------------------------------- reach

    private void reachFromRoots() {
        for (int i = 0; i < roots.size(); i++) {
            reach(List.of(roots.get(i).unit()), i);
        }
    }

    /**
     * Owner-side seeds: methods no root runs, and event-loop handlers (confined to their loop, so
     * they are one thread with the class's other methods), then what they call on the same object.
     */
    private void reachFromOwners() {
        BitSet reachedByRoot = new BitSet();
        for (int u = 0; u < model.unitCount(); u++) {
            if (sides.get(u) != null) {
                reachedByRoot.set(u);
            }
        }
        List<Integer> seeds = new ArrayList<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            if (reachedByRoot.get(u) || unit.isAbstract() || contexts.delegates(u)) {
                continue;
            }
            // public methods are what other threads call; protected and package-private ones are
            // the class's own machinery, owner side only when called from there
            boolean method = unit.kind() == UnitFacts.Kind.METHOD && model.parentOf(u) < 0 && unit.isPublic();
            boolean eventLoop = contexts.of(u).stream().anyMatch(c -> c.kind() == Runs.EVENT_LOOP);
            if (method || eventLoop) {
                seeds.add(u);
            }
        }
        reach(seeds, OWNER);   // one thread, one walk from all of its entry points
    }

    private void reach(List<Integer> starts, int side) {
        Deque<int[]> queue = new ArrayDeque<>();
        BitSet seen = new BitSet();
        for (int start : starts) {
            queue.add(new int[] {start, 0});
            seen.set(start);
        }
        while (!queue.isEmpty()) {
            int[] item = queue.poll();
            int u = item[0];
            UnitFacts unit = model.unit(u);
            if (unit.kind() == UnitFacts.Kind.CONSTRUCTOR || unit.kind() == UnitFacts.Kind.INITIALIZER
                    || item[1] > 0 && asksForItsThread(u)) {
                continue;
            }
            Set<Integer> s = sides.get(u);
            if (s == null) {
                s = new LinkedHashSet<>(2);
                sides.set(u, s);
            }
            s.add(side);
            List<Integer> kids = children.get(u);
            if (kids != null) {
                for (int k : kids) {
                    if (contexts.isInline(k) && !seen.get(k)) {
                        seen.set(k);
                        queue.add(new int[] {k, item[1]});
                        remember(side, k, u, -1);
                    }
                }
            }
            if (item[1] >= MAX_DEPTH) {
                continue;
            }
            for (int c = 0; c < unit.calls().size(); c++) {
                if (!sameObject(unit.calls().get(c).receiver()) && unit.kind() != UnitFacts.Kind.METHOD_REF) {
                    continue;
                }
                CallTarget t = model.target(u, c);
                if (t.kind() != CallTarget.Kind.PROJECT) {
                    continue;
                }
                for (int callee : t.units()) {
                    if (!seen.get(callee) && sameFamily(unit.owner(), model.unit(callee).owner())) {
                        seen.set(callee);
                        queue.add(new int[] {callee, item[1] + 1});
                        remember(side, callee, u, c);
                    }
                }
            }
        }
    }

    /**
     * Whether code of {@code a} and {@code b} works on the same object's state: one class (nested
     * classes and lambdas included: the same top-level type) or a class and its supertypes. Calls
     * into other classes are not followed: their state has its own discipline (a lock the caller
     * holds, a thread the object is confined to) that this model does not see.
     */
    public boolean sameFamily(String a, String b) {
        return topLevel(a).equals(topLevel(b)) || model.isSubtype(a, b) || model.isSubtype(b, a);
    }

    private String topLevel(String fqn) {
        String t = fqn;
        for (String outer = outerOf(t); outer != null; outer = outerOf(t)) {
            t = outer;
        }
        return t;
    }

    private String outerOf(String fqn) {
        dev.conlint.facts.TypeFacts t = model.projectType(fqn);
        return t == null ? null : t.outer();
    }

    private void remember(int side, int unit, int from, int call) {
        if (side != OWNER) {
            via.put(((long) side << 32) | unit, new int[] {from, call});
        }
    }

    /**
     * The calls by which root {@code side} reaches {@code unit}, from the root outwards: each as
     * {unit, call index} of the calling unit (shortest first found); empty when the unit is the root.
     */
    public List<int[]> path(int side, int unit) {
        List<int[]> steps = new ArrayList<>();
        int u = unit;
        for (int guard = 0; guard <= MAX_DEPTH * 4 && u != roots.get(side).unit(); guard++) {
            int[] step = via.get(((long) side << 32) | u);
            if (step == null) {
                break;
            }
            if (step[1] >= 0) {
                steps.add(0, step);
            }
            u = step[0];
        }
        return steps;
    }

    /** Whether a unit asks which thread it is on ({@code inEventLoop()}): written for that thread's discipline. */
    public boolean asksForItsThread(int u) {
        if (asksChecked.get(u)) {
            return asks.get(u);
        }
        asksChecked.set(u);
        for (int c = 0; c < model.unit(u).calls().size(); c++) {
            CallTarget t = model.target(u, c);
            if (t.entry() != null && t.entry().confines()) {
                asks.set(u);
                return true;
            }
        }
        return false;
    }

    /** Calls that stay on objects the caller shares: {@code this}, its fields, static methods. */
    private static boolean sameObject(Receiver r) {
        return r instanceof Receiver.Implicit || r instanceof Receiver.This || r instanceof Receiver.Super
                || r instanceof Receiver.FieldOfThis || r instanceof Receiver.Named || r instanceof Receiver.Qualified;
    }

    // ---------------------------------------------------------------- locks held on entry

    /**
     * A lambda run in place holds what its host call holds; a method holds the locks every call of
     * it in the project holds (a helper only ever called from synchronized methods). A public
     * method may also be called from outside the project; a lock all of its own callers take is
     * still the best evidence of how it is meant to be called.
     */
    private void computeEntryLocks() {
        Map<Integer, List<int[]>> callers = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            for (int c = 0; c < unit.calls().size(); c++) {
                CallTarget t = model.target(u, c);
                if (t.kind() != CallTarget.Kind.PROJECT) {
                    continue;
                }
                for (int callee : t.units()) {
                    callers.computeIfAbsent(callee, k -> new ArrayList<>()).add(new int[] {u, c});
                }
            }
        }
        inheritCallers(callers);
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int u = 0; u < model.unitCount(); u++) {
                List<String> locks = entryOf(u, callers);
                if (!locks.equals(entryLocks.get(u))) {
                    entryLocks.set(u, locks);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    /**
     * An override is also called wherever the method it overrides is: dispatch to many
     * implementations ({@code handleResponse} of six request handlers) names only the declaration.
     */
    private void inheritCallers(Map<Integer, List<int[]>> callers) {
        Map<Integer, List<int[]>> inherited = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts m = model.unit(u);
            if (m.kind() != UnitFacts.Kind.METHOD || m.isStatic() || m.isPrivate() || m.isAbstract()) {
                continue;
            }
            for (String a : model.ancestors(m.owner())) {
                if (a.equals(m.owner()) || model.projectType(a) == null) {
                    continue;
                }
                for (int d : model.callables(a)) {
                    UnitFacts decl = model.unit(d);
                    List<int[]> sites = callers.get(d);
                    if (sites != null && decl.name().equals(m.name()) && decl.params().size() == m.params().size()) {
                        inherited.computeIfAbsent(u, k -> new ArrayList<>()).addAll(sites);
                    }
                }
            }
        }
        inherited.forEach((u, sites) -> callers.computeIfAbsent(u, k -> new ArrayList<>()).addAll(sites));
    }

    private List<String> entryOf(int u, Map<Integer, List<int[]>> callers) {
        if (contexts.isInline(u)) {
            int[] host = submission(u, Map.of());
            if (host == null) {
                return List.of();
            }
            return union(model.unit(host[0]).locksAt(host[1]), entryLocks.get(host[0]));
        }
        List<int[]> sites = callers.get(u);
        if (sites == null) {
            return List.of();
        }
        List<String> common = null;
        for (int[] site : sites) {
            if (site[0] == u) {
                continue;   // recursion adds nothing
            }
            List<String> held = union(model.unit(site[0]).locksAt(site[1]), entryLocks.get(site[0]));
            if (!sameFamily(model.unit(site[0]).owner(), model.unit(u).owner())) {
                held = objectLocks(held);   // a caller in another class holds its own `this`, not ours
            }
            if (common == null) {
                common = new ArrayList<>(held);
            } else {
                common.retainAll(held);
            }
            if (common.isEmpty()) {
                return List.of();
            }
        }
        return common == null ? List.of() : List.copyOf(common);
    }

    /**
     * The locks a caller in another class holds on named objects ({@code synchronized (conn)}),
     * marked {@code via:}: they may be this object's lock reached another way, so an access under
     * them is not called unlocked, but they are the caller's protocol, not evidence of how this
     * class guards its fields. A caller's own {@code this} and classes are not ours at all.
     */
    private static List<String> objectLocks(List<String> locks) {
        List<String> out = new ArrayList<>();
        for (String l : locks) {
            if (l.startsWith("field:")) {
                out.add(VIA + l);
            } else if (l.startsWith(VIA)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Prefix of a lock held by a caller in another class (see {@link #objectLocks}). */
    public static final String VIA = "via:";

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
