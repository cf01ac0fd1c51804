package dev.conlint.model;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.FileFacts;
import dev.conlint.facts.LoopFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.SourceLocation;
import dev.conlint.knowledge.MethodEntry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Which units may have one effect (block, burn CPU, create an event loop or pool), each with one
 * shortest witness. Computed bottom-up by a breadth-first search over reversed call edges (project
 * calls, and inline lambdas into the unit they are written in), so recursion and cycles cost
 * nothing extra and every unit is visited once per effect.
 */
public final class Effects {

    /** The effects of contexts.md that rules ask about. */
    public enum Kind { BLOCKING, CPU_HEAVY, SPAWNS_LOOP }

    private final ProjectModel model;
    private final Kind kind;
    private final Effects blocking;
    private final int[] depth;
    private final int[] via;        // direct: a call index, or -(loop + 1); indirect: the call index
    private final int[] viaUnit;    // the callee for indirect witnesses, -1 for direct ones

    private Effects(ProjectModel model, Kind kind, Effects blocking) {
        this.model = model;
        this.kind = kind;
        this.blocking = blocking;
        int n = model.unitCount();
        depth = new int[n];
        via = new int[n];
        viaUnit = new int[n];
        Arrays.fill(depth, -1);
    }

    /** The effect {@code kind}; CPU needs the blocking effect, to leave loops that wait to it. */
    public static Effects compute(ProjectModel model, Contexts contexts, Kind kind, Effects blocking) {
        Effects e = new Effects(model, kind, blocking);
        e.run(contexts);
        return e;
    }

    public static Effects blocking(ProjectModel model, Contexts contexts) {
        return compute(model, contexts, Kind.BLOCKING, null);
    }

    private void run(Contexts contexts) {
        int n = model.unitCount();
        List<List<int[]>> callers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            callers.add(null);
        }
        Deque<Integer> queue = new ArrayDeque<>();
        for (int u = 0; u < n; u++) {
            List<CallFacts> calls = model.unit(u).calls();
            int direct = Integer.MIN_VALUE;
            Pos directPos = null;
            for (int c = 0; c < calls.size(); c++) {
                CallTarget t = model.target(u, c);
                if (isDirect(u, c, t)) {
                    if (directPos == null || before(calls.get(c).pos(), directPos)) {
                        direct = c;
                        directPos = calls.get(c).pos();
                    }
                } else if (t.kind() == CallTarget.Kind.PROJECT) {
                    for (int target : t.units()) {
                        edge(callers, target, u, c);
                    }
                }
                CallFacts call = calls.get(c);
                for (int a = 0; a < call.args().size(); a++) {
                    for (int lambda : model.argUnits(u, call, a)) {
                        if (contexts.isInline(lambda)) {
                            edge(callers, lambda, u, c);
                        }
                    }
                }
            }
            List<LoopFacts> loops = model.unit(u).loops();
            for (int l = 0; l < loops.size(); l++) {
                // nested data loops are judged where they are written, in event-loop code itself;
                // followed through calls they would flag every helper that walks two small lists
                if (!loops.get(l).nested() && heavyLoop(u, l)
                        && (directPos == null || before(loops.get(l).pos(), directPos))) {
                    direct = -(l + 1);
                    directPos = loops.get(l).pos();
                }
            }
            if (directPos != null) {
                depth[u] = 0;
                via[u] = direct;
                viaUnit[u] = -1;
                queue.add(u);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            List<int[]> in = callers.get(v);
            if (in == null) {
                continue;
            }
            for (int[] edge : in) {
                int u = edge[0];
                if (depth[u] < 0 && allReached(model.target(u, edge[1]), v)) {
                    depth[u] = depth[v] + 1;
                    via[u] = edge[1];
                    viaUnit[u] = v;
                    queue.add(u);
                }
            }
        }
    }

    /** Whether a call is itself the effect: an API the knowledge says has it. */
    private boolean isDirect(int unit, int call, CallTarget t) {
        if (!t.isApi()) {
            return false;
        }
        MethodEntry e = t.entry();
        return switch (kind) {
            case BLOCKING -> e.blocking() != null && !settledBefore(unit, call);
            case CPU_HEAVY -> e.cpu() != null;
            case SPAWNS_LOOP -> e.spawns() != null;
        };
    }

    /**
     * Whether a loop of a unit counts as CPU-heavy: only for that effect, and only when nothing in
     * its body blocks (a loop that waits on I/O each round is the blocking rules' finding).
     */
    public boolean heavyLoop(int unit, int loop) {
        if (kind != Kind.CPU_HEAVY) {
            return false;
        }
        LoopFacts l = model.unit(unit).loops().get(loop);
        for (int c = l.firstCall(); c < l.endCall(); c++) {
            if (blocking != null && blocking.pathAt(unit, c) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A wait on a future the same unit has checked with a settling call ({@code if (f.isDone())
     * f.join()}) returns at once. Matched by the receiver's name, without flow: a finding that
     * depends on the order of the check and the wait is rare, and a missed one is silence.
     */
    private boolean settledBefore(int unit, int call) {
        if (!"future".equals(model.target(unit, call).blocking())) {
            return false;
        }
        List<CallFacts> calls = model.unit(unit).calls();
        String name = receiverName(calls.get(call).receiver());
        if (name == null) {
            return false;
        }
        for (int c = 0; c < calls.size(); c++) {
            CallTarget t = model.target(unit, c);
            if (c != call && t.isApi() && "receiver".equals(t.entry().settles())
                    && name.equals(receiverName(calls.get(c).receiver()))) {
                return true;
            }
        }
        return false;
    }

    /** The variable or field a call is made on, or null. */
    public static String receiverName(Receiver r) {
        if (r instanceof Receiver.Local l) {
            return l.name();
        }
        if (r instanceof Receiver.Named n) {
            return n.name();
        }
        if (r instanceof Receiver.FieldOfThis f) {
            return f.name();
        }
        return null;
    }

    /** An overloaded call has an effect only when every overload it may mean has it. */
    private boolean allReached(CallTarget t, int callee) {
        if (!t.overloaded() || !t.units().contains(callee)) {
            return true;
        }
        for (int unit : t.units()) {
            if (depth[unit] < 0) {
                return false;
            }
        }
        return true;
    }

    private static void edge(List<List<int[]>> callers, int callee, int caller, int call) {
        List<int[]> list = callers.get(callee);
        if (list == null) {
            list = new ArrayList<>(2);
            callers.set(callee, list);
        }
        list.add(new int[] {caller, call});
    }

    private static boolean before(Pos a, Pos b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    /**
     * Whether the call has the effect: an API with it, or project methods that may have it (all of
     * them, for overloads). Returns the path from this call to where the effect happens (the first
     * step is this call), or null.
     */
    public Path pathAt(int unit, int call) {
        CallTarget t = model.target(unit, call);
        if (isDirect(unit, call, t)) {
            String label = apiLabel(unit, call);
            return new Path(label, label, category(t.entry()), List.of(), t.entry());
        }
        if (t.kind() != CallTarget.Kind.PROJECT) {
            return null;
        }
        int best = -1;
        for (int target : t.units()) {
            if (depth[target] < 0 && t.overloaded()) {
                return null;
            }
            if (depth[target] >= 0 && (best < 0 || depth[target] < depth[best])) {
                best = target;
            }
        }
        if (best < 0) {
            return null;
        }
        List<ChainStep> chain = new ArrayList<>();
        chain.add(step(unit, model.unit(unit).calls().get(call).pos(),
                model.unitDisplay(unit) + " calls " + calleeLabel(unit, call, best)));
        int cur = best;
        while (viaUnit[cur] >= 0) {
            chain.add(step(cur, model.unit(cur).calls().get(via[cur]).pos(),
                    model.unitDisplay(cur) + " calls " + calleeLabel(cur, via[cur], viaUnit[cur])));
            cur = viaUnit[cur];
        }
        if (via[cur] < 0) {
            LoopFacts loop = model.unit(cur).loops().get(-via[cur] - 1);
            chain.add(step(cur, loop.pos(), model.unitDisplay(cur) + " runs " + loop.why()));
            return new Path(model.unitDisplay(best), loop.why(), "CPU-heavy loop", chain, null);
        }
        CallTarget api = model.target(cur, via[cur]);
        String label = apiLabel(cur, via[cur]);
        chain.add(step(cur, model.unit(cur).calls().get(via[cur]).pos(),
                model.unitDisplay(cur) + " calls " + label + " (" + category(api.entry()) + ")"));
        return new Path(model.unitDisplay(best), label, category(api.entry()), chain, api.entry());
    }

    private String calleeLabel(int unit, int call, int callee) {
        UnitFacts u = model.unit(callee);
        if (u.kind() == UnitFacts.Kind.LAMBDA || u.kind() == UnitFacts.Kind.METHOD_REF) {
            return model.unit(unit).calls().get(call).name() + " with a " + (u.kind() == UnitFacts.Kind.LAMBDA
                    ? "lambda" : "method reference");
        }
        return model.unitDisplay(callee);
    }

    private ChainStep step(int unit, Pos p, String description) {
        FileFacts file = model.fileOf(unit);
        return new ChainStep(new SourceLocation(file.path(), p.line(), p.column(), p.endLine(), p.endColumn()),
                description);
    }

    /** "PreparedStatement.executeQuery", "new FileInputStream". */
    public String apiLabel(int unit, int call) {
        CallTarget t = model.target(unit, call);
        String type = t.receiverType() != null ? t.receiverType() : t.declaringType();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String name = model.unit(unit).calls().get(call).name();
        return name.equals(CallFacts.CONSTRUCTOR) ? "new " + simple : simple + "." + name;
    }

    private String category(MethodEntry e) {
        return switch (kind) {
            case BLOCKING -> category(e.blocking());
            case CPU_HEAVY -> e.cpu();
            case SPAWNS_LOOP -> e.spawns().equals("runtime") ? "creates an event loop" : "creates a thread pool";
        };
    }

    /** What a blocking category does, in words. */
    public static String category(String category) {
        return switch (category) {
            case "sleep" -> "sleep";
            case "wait" -> "waits";
            case "future" -> "waits for a future";
            case "file-io" -> "file I/O";
            case "socket-io" -> "socket I/O";
            case "dns" -> "DNS lookup";
            case "jdbc" -> "JDBC";
            case "http" -> "synchronous HTTP";
            case "process" -> "waits for a process";
            case "reactive-block" -> "blocks on a reactive pipeline";
            case "console" -> "console input";
            default -> category;
        };
    }

    /**
     * An effect at a call: what the reported call calls, what it ends in (an API or a loop), a
     * category in words, the chain from the reported call (empty when it is the API itself), and
     * the knowledge entry it ends in (null for a loop).
     */
    public record Path(String callee, String api, String category, List<ChainStep> chain, MethodEntry entry) {
        public Path {
            chain = List.copyOf(chain);
        }
    }
}
