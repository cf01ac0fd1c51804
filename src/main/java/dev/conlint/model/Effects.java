package dev.conlint.model;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.FileFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.UnitFacts;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.SourceLocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Which units may block, each with one shortest witness. Computed bottom-up by a breadth-first
 * search over reversed call edges (project calls, and inline lambdas into the unit they are
 * written in), so recursion and cycles cost nothing extra and every unit is visited once.
 */
public final class Effects {

    private final ProjectModel model;
    private final int[] depth;
    private final int[] viaCall;
    private final int[] viaUnit;

    private Effects(ProjectModel model) {
        this.model = model;
        int n = model.unitCount();
        depth = new int[n];
        viaCall = new int[n];
        viaUnit = new int[n];
        Arrays.fill(depth, -1);
    }

    public static Effects compute(ProjectModel model, Contexts contexts) {
        Effects e = new Effects(model);
        e.run(contexts);
        return e;
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
            int direct = -1;
            for (int c = 0; c < calls.size(); c++) {
                CallTarget t = model.target(u, c);
                if (t.blocking() != null && !settledBefore(u, c)) {
                    if (direct < 0 || before(calls.get(c).pos(), calls.get(direct).pos())) {
                        direct = c;
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
            if (direct >= 0) {
                depth[u] = 0;
                viaCall[u] = direct;
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
                    viaCall[u] = edge[1];
                    viaUnit[u] = v;
                    queue.add(u);
                }
            }
        }
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

    /** An overloaded call blocks only when every overload it may mean blocks. */
    private boolean allReached(CallTarget t, int via) {
        if (!t.overloaded() || !t.units().contains(via)) {
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
     * Whether the call itself blocks: a blocking API, or a project method that may block. Returns
     * the chain from this call to the blocking API (the first step is this call), or null.
     */
    public Blocking blockingAt(int unit, int call) {
        CallTarget t = model.target(unit, call);
        if (t.blocking() != null) {
            if (settledBefore(unit, call)) {
                return null;
            }
            String label = apiLabel(unit, call);
            return new Blocking(label, label, t.blocking(), List.of());
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
        chain.add(step(unit, call, model.unitDisplay(unit) + " calls " + calleeLabel(unit, call, best)));
        int cur = best;
        while (true) {
            int c = viaCall[cur];
            int next = viaUnit[cur];
            if (next < 0) {
                CallTarget api = model.target(cur, c);
                String label = apiLabel(cur, c);
                chain.add(step(cur, c, model.unitDisplay(cur) + " calls " + label + " (" + category(api.blocking()) + ")"));
                return new Blocking(model.unitDisplay(best), label, api.blocking(), chain);
            }
            chain.add(step(cur, c, model.unitDisplay(cur) + " calls " + calleeLabel(cur, c, next)));
            cur = next;
        }
    }

    private String calleeLabel(int unit, int call, int callee) {
        UnitFacts u = model.unit(callee);
        if (u.kind() == UnitFacts.Kind.LAMBDA || u.kind() == UnitFacts.Kind.METHOD_REF) {
            return model.unit(unit).calls().get(call).name() + " with a " + (u.kind() == UnitFacts.Kind.LAMBDA
                    ? "lambda" : "method reference") + " that blocks";
        }
        return model.unitDisplay(callee);
    }

    private ChainStep step(int unit, int call, String description) {
        FileFacts file = model.fileOf(unit);
        Pos p = model.unit(unit).calls().get(call).pos();
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
     * A blocking call: what the reported call calls, the API it ends in, its category, and the
     * chain from the reported call to the API (empty when the reported call is the API itself).
     */
    public record Blocking(String callee, String api, String category, List<ChainStep> chain) {
        public Blocking {
            chain = List.copyOf(chain);
        }
    }
}
