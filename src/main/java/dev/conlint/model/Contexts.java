package dev.conlint.model;

import dev.conlint.facts.ArgFacts;
import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.TypeFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.knowledge.AnnotationEntry;
import dev.conlint.knowledge.KnowledgeType;
import dev.conlint.knowledge.MethodEntry;
import dev.conlint.knowledge.Runs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each unit runs. Seeds come from the knowledge: overrides of framework methods,
 * annotations, and lambdas handed to framework APIs (directly, through a pipeline's state, or
 * through a project method that forwards them). Lambdas given to synchronous hosts run "inline":
 * they inherit the contexts of the unit they are written in. Calls into project methods do not
 * carry contexts down; effects flow up instead (see {@link Effects}), and findings point at the
 * call in the code that runs in the context.
 */
public final class Contexts {

    private static final int MAX_PIPELINE = 256;

    private final ProjectModel model;
    private final List<List<ExecutionContext>> of;
    private final boolean[] inline;
    private final boolean[] delegates;

    private Contexts(ProjectModel model) {
        this.model = model;
        int n = model.unitCount();
        this.of = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            of.add(null);
        }
        this.inline = new boolean[n];
        this.delegates = new boolean[n];
    }

    public static Contexts compute(ProjectModel model) {
        Contexts c = new Contexts(model);
        c.seedDeclarations();
        c.seedCallbacks();
        c.seedForwarded();
        boolean changed = true;
        while (changed) {
            changed = c.propagateInline() | c.delegateReferences();
        }
        c.applyDeployments();
        return c;
    }

    /** The contexts a unit runs in; empty when none is known. */
    public List<ExecutionContext> of(int unit) {
        List<ExecutionContext> list = of.get(unit);
        return list == null ? List.of() : list;
    }

    /**
     * Whether a method reference hands its context on to the project method it names: a handler
     * written as {@code this::cancel} is the method {@code cancel}, so findings go inside it.
     */
    public boolean delegates(int unit) {
        return delegates[unit];
    }

    /** Whether a lambda runs synchronously where the unit it is written in runs. */
    public boolean isInline(int unit) {
        return inline[unit];
    }

    private boolean add(int unit, ExecutionContext ctx) {
        List<ExecutionContext> list = of.get(unit);
        if (list == null) {
            list = new ArrayList<>(2);
            of.set(unit, list);
        }
        for (ExecutionContext existing : list) {
            if (existing.sameKind(ctx)) {
                return false;
            }
        }
        list.add(ctx);
        return true;
    }

    // ---------------------------------------------------------------- overrides and annotations

    private void seedDeclarations() {
        for (String type : model.projectTypeNames()) {
            TypeFacts facts = model.projectType(type);
            List<AnnotationEntry> typeAnnotations = annotations(model.callables(type), facts.annotations());
            for (int id : model.callables(type)) {
                UnitFacts u = model.unit(id);
                if (u.isAbstract() || u.kind() != UnitFacts.Kind.METHOD) {
                    continue;
                }
                String origin = u.name() + " of " + model.typeDisplay(type);
                if (!u.isStatic()) {
                    override(type, u).ifPresent(ctx -> add(id, ctx));
                }
                for (AnnotationEntry a : annotations(List.of(id), u.annotations())) {
                    annotated(id, u, a, origin);
                }
                if (!u.isStatic() && !u.isPrivate()) {
                    for (AnnotationEntry a : typeAnnotations) {
                        annotated(id, u, a, origin);
                    }
                }
            }
        }
    }

    private java.util.Optional<ExecutionContext> override(String type, UnitFacts u) {
        for (String a : model.ancestors(type)) {
            KnowledgeType kt = model.knowledge().type(a);
            if (kt == null) {
                continue;
            }
            Runs runs = kt.overrides().get(u.name());
            if (runs == null && !u.isPrivate()) {
                runs = kt.overrides().get("*");
            }
            if (runs != null && runs.isContext()) {
                return java.util.Optional.of(new ExecutionContext(runs, kt.framework(),
                        u.name() + " of " + model.typeDisplay(type)).once(kt.lifecycle().contains(u.name())));
            }
        }
        return java.util.Optional.empty();
    }

    private List<AnnotationEntry> annotations(List<Integer> context, List<String> names) {
        List<AnnotationEntry> out = new ArrayList<>();
        if (names.isEmpty() || context.isEmpty()) {
            return out;
        }
        for (String name : names) {
            String fqn = model.resolveType(context.get(0), name);
            AnnotationEntry a = fqn == null ? null : model.knowledge().annotation(fqn);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private void annotated(int id, UnitFacts u, AnnotationEntry a, String origin) {
        if (a.runs() == null || !a.runs().isContext()) {
            return;
        }
        if (!a.whenReturns().isEmpty()) {
            String returns = model.resolveType(id, u.returnType());
            if (returns == null || a.whenReturns().stream().noneMatch(r -> model.isSubtype(returns, r))) {
                return;
            }
        }
        String simple = a.fqn().substring(a.fqn().lastIndexOf('.') + 1);
        add(id, new ExecutionContext(a.runs(), a.framework(), origin + ", @" + simple));
    }

    // ---------------------------------------------------------------- lambdas handed to APIs

    /** What to do with a call that passes lambdas, method references or anonymous classes. */
    @FunctionalInterface
    private interface FunctionCall {
        void visit(int unit, int call, CallFacts facts, CallTarget target);
    }

    /** Every call in the project that passes function arguments, in a stable order. */
    private void forEachFunctionCall(FunctionCall action) {
        for (int u = 0; u < model.unitCount(); u++) {
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                CallFacts call = calls.get(c);
                if (hasFunctionArgs(call)) {
                    action.visit(u, c, call, model.target(u, c));
                }
            }
        }
    }

    private void seedCallbacks() {
        forEachFunctionCall((u, c, call, t) -> {
            if (t.isApi()) {
                apiCallbacks(u, c, call, t);
            }
        });
    }

    private static boolean hasFunctionArgs(CallFacts call) {
        for (ArgFacts a : call.args()) {
            if (!a.units().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void apiCallbacks(int u, int c, CallFacts call, CallTarget t) {
        String framework = frameworkOf(t.declaringType());
        for (int i = 0; i < call.args().size(); i++) {
            List<Integer> lambdas = model.argUnits(u, call, i);
            if (lambdas.isEmpty()) {
                continue;
            }
            Runs runs = t.entry().callback(i, call.argCount());
            if (runs == null) {
                continue;
            }
            ExecutionContext ctx = null;
            if (runs == Runs.SAME) {
                lambdas.forEach(l -> inline[l] = true);
            } else if (runs == Runs.CHAIN) {
                State state = pipelineState(u, c);
                if (state != null && state.runs() == Runs.SAME) {
                    lambdas.forEach(l -> inline[l] = true);
                } else if (state != null && state.runs() != null) {
                    String kind = state.runs() == Runs.EVENT_LOOP ? " operator" : " callback";
                    ctx = new ExecutionContext(state.runs(), state.framework(),
                            call.name() + kind + " in " + model.enclosingDisplay(u), settledUpstream(u, c))
                            .cpuPool(state.cpuPool());
                }
            } else {
                ctx = new ExecutionContext(runs, framework, callbackOrigin(u, call, runs), settledUpstream(u, c))
                        .onExecutor(model.boundedExecutorField(u, call.receiver()));
            }
            if (ctx != null) {
                for (int l : lambdas) {
                    add(l, ctx);
                }
            }
        }
    }

    private String callbackOrigin(int u, CallFacts call, Runs runs) {
        String where = model.enclosingDisplay(u);
        return switch (runs) {
            case EVENT_LOOP -> "handler registered in " + where;
            case COMMON_POOL -> call.name() + " without an executor in " + where;
            default -> call.name() + " task in " + where;
        };
    }

    private String frameworkOf(String type) {
        KnowledgeType kt = model.knowledge().type(type);
        return kt == null ? "JDK" : kt.framework();
    }

    /** Where a pipeline is when it reaches a call: a context (runs null: unknown scheduler), or null. */
    record State(Runs runs, String framework, boolean cpuPool) {
        State(Runs runs, String framework) {
            this(runs, framework, false);
        }
    }

    private State pipelineState(int u, int c) {
        List<CallFacts> calls = model.unit(u).calls();
        List<Integer> upstream = upstream(u, c);
        for (int r : upstream) {
            State s = shift(u, r, false);
            if (s != null && s.runs() != Runs.SAME) {
                return s;
            }
        }
        List<Integer> pipeline = new ArrayList<>(upstream.size() + 4);
        for (int i = upstream.size() - 1; i >= 0; i--) {
            pipeline.add(upstream.get(i));
        }
        pipeline.addAll(downstream(u, c));
        for (int x : pipeline) {
            State s = shift(u, x, true);
            if (s != null) {
                return s;
            }
        }
        if (upstream.isEmpty() && model.isTypeReference(u, calls.get(c).receiver())) {
            // a source such as Mono.fromCallable(...): its lambda runs wherever the pipeline is
            // subscribed, which this call cannot see (the subscribeOn is often added by the caller)
            return null;
        }
        String type = model.receiverType(u, calls.get(c).receiver());
        if (type == null) {
            return null;
        }
        for (String a : model.ancestors(type)) {
            KnowledgeType kt = model.knowledge().type(a);
            if (kt != null && kt.chain() != null) {
                return new State(kt.chain(), kt.framework());
            }
        }
        return null;
    }

    /** The calls a call is made on, nearest first: the pipeline upstream of it. */
    private List<Integer> upstream(int u, int c) {
        List<CallFacts> calls = model.unit(u).calls();
        List<Integer> out = new ArrayList<>();
        for (int r = ProjectModel.upstreamCall(calls.get(c).receiver()); r >= 0 && out.size() < MAX_PIPELINE;
             r = ProjectModel.upstreamCall(calls.get(r).receiver())) {
            out.add(r);
        }
        return out;
    }

    /**
     * The futures complete when a callback of call {@code c} runs: the arguments of an upstream
     * {@code allOf} (by name; all of them when an argument is not a plain name).
     */
    private Set<String> settledUpstream(int u, int c) {
        Set<String> settled = new HashSet<>();
        for (int r : upstream(u, c)) {
            CallTarget t = model.target(u, r);
            if (!t.isApi() || !"arguments".equals(t.entry().settles())) {
                continue;
            }
            List<ArgFacts> args = model.unit(u).calls().get(r).args();
            for (ArgFacts a : args) {
                // a single argument is the varargs array itself: allOf(futures)
                settled.add(a.name() != null && args.size() > 1 ? a.name() : ExecutionContext.ALL);
            }
        }
        return settled;
    }

    private List<Integer> downstream(int u, int c) {
        Map<Integer, List<Integer>> down = model.downstreamCalls(u);
        List<Integer> out = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>(down.getOrDefault(c, List.of()));
        Set<Integer> seen = new HashSet<>();
        while (!queue.isEmpty() && out.size() < MAX_PIPELINE) {
            int x = queue.poll();
            if (seen.add(x)) {
                out.add(x);
                queue.addAll(down.getOrDefault(x, List.of()));
            }
        }
        return out;
    }

    /** The state a call shifts its pipeline to, if it is a shift of the requested kind. */
    private State shift(int u, int call, boolean whole) {
        CallTarget t = model.target(u, call);
        MethodEntry.Shift shift = t.isApi() ? t.entry().shift() : null;
        if (shift == null || shift.whole() != whole) {
            return null;
        }
        if (shift.to() != null) {
            return new State(shift.to(), frameworkOf(t.declaringType()));
        }
        ArgFacts scheduler = model.unit(u).calls().get(call).arg(shift.scheduler());
        if (scheduler.call() >= 0) {
            CallTarget st = model.target(u, scheduler.call());
            if (st.isApi() && st.entry().yields() != null) {
                return new State(st.entry().yields(), frameworkOf(st.declaringType()), st.entry().cpuPool());
            }
        }
        return new State(null, frameworkOf(t.declaringType()));
    }

    // ---------------------------------------------------------------- lambdas handed to project methods

    /** How a project method treats a function parameter: runs it, hands it to an API, or unknown. */
    private record Handling(boolean invokes, ExecutionContext context) {
        static final Handling UNKNOWN = new Handling(false, null);
        static final Handling INVOKES = new Handling(true, null);
    }

    private static final int MAX_FORWARDING = 3;

    /**
     * A lambda passed to a project method runs where the caller runs when the method calls it
     * itself ({@code work.get()}); it runs elsewhere when the method hands it to a framework API
     * (a helper around executeBlocking), possibly through other project methods; anything else
     * (stored in a field, given to an unknown library) is unknown, and unknown means silence.
     */
    private void seedForwarded() {
        forEachFunctionCall((u, c, call, t) -> {
            if (t.kind() != CallTarget.Kind.PROJECT) {
                return;
            }
            for (int i = 0; i < call.args().size(); i++) {
                List<Integer> lambdas = model.argUnits(u, call, i);
                if (lambdas.isEmpty()) {
                    continue;
                }
                Handling h = agreedHandling(t, i);
                for (int l : lambdas) {
                    if (h.context() != null) {
                        add(l, h.context());
                    } else if (h.invokes() && of.get(l) == null) {
                        inline[l] = true;
                    }
                }
            }
        });
    }

    /** Overloads conlint cannot tell apart must all treat the argument the same way. */
    private Handling agreedHandling(CallTarget t, int argIndex) {
        Handling first = handling(t.units().get(0), argIndex, 0);
        if (!t.overloaded()) {
            return first;
        }
        for (int unit : t.units()) {
            if (!handling(unit, argIndex, 0).equals(first)) {
                return Handling.UNKNOWN;
            }
        }
        return first;
    }

    private Handling handling(int method, int argIndex, int depth) {
        UnitFacts m = model.unit(method);
        if (argIndex >= m.params().size() || depth > MAX_FORWARDING) {
            return Handling.UNKNOWN;
        }
        String param = m.params().get(argIndex).name();
        boolean invokes = false;
        List<Integer> scope = new ArrayList<>();
        scope.add(method);
        for (int u = method + 1; u < model.unitCount() && model.parentOf(u) >= method; u++) {
            if (model.parentOf(u) == method) {
                scope.add(u);
            }
        }
        for (int u : scope) {
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                CallFacts call = calls.get(c);
                if (call.receiver() instanceof Receiver.Local l && param.equals(l.name())) {
                    if (u == method || inline[u]) {
                        invokes = true;
                    } else if (!of(u).isEmpty()) {
                        return new Handling(false, of(u).get(0));
                    }
                }
                for (int i = 0; i < call.args().size(); i++) {
                    if (u != method || !param.equals(call.arg(i).name())) {
                        continue;
                    }
                    CallTarget t = model.target(method, c);
                    Runs runs = t.isApi() ? t.entry().callback(i, call.argCount()) : null;
                    if (runs != null && runs.isContext()) {
                        return new Handling(false, new ExecutionContext(runs, frameworkOf(t.declaringType()),
                                "passed to " + model.unitDisplay(method) + ", which hands it to " + call.name()));
                    }
                    if (runs == Runs.SAME) {
                        invokes = true;
                    } else if (t.kind() == CallTarget.Kind.PROJECT) {
                        Handling next = handling(t.units().get(0), i, depth + 1);
                        if (next.context() != null) {
                            return next;
                        }
                        invokes |= next.invokes();
                    }
                }
            }
        }
        return invokes ? Handling.INVOKES : Handling.UNKNOWN;
    }

    // ---------------------------------------------------------------- deployments and inheritance

    /** Components deployed with worker options run on workers, not on the event loop. */
    private void applyDeployments() {
        Map<String, String> workers = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                CallFacts call = calls.get(c);
                if (model.knowledge().tokenCalls().contains(call.name())) {
                    deployment(u, c, call, workers);
                }
            }
        }
        if (workers.isEmpty()) {
            return;
        }
        for (int u = 0; u < model.unitCount(); u++) {
            List<ExecutionContext> list = of.get(u);
            String framework = list == null ? null : deployedFramework(workers, model.unit(u).owner());
            if (framework == null) {
                continue;
            }
            List<ExecutionContext> replaced = new ArrayList<>(list.size());
            for (ExecutionContext ctx : list) {
                boolean moved = ctx.kind() == Runs.EVENT_LOOP && ctx.framework().equals(framework);
                replaced.add(moved ? new ExecutionContext(Runs.WORKER, framework, ctx.origin()
                        + ", deployed as a worker") : ctx);
            }
            of.set(u, replaced);
        }
    }

    private void deployment(int u, int c, CallFacts call, Map<String, String> workers) {
        CallTarget t = model.target(u, c);
        List<KnowledgeType> candidates = new ArrayList<>();
        if (t.isApi() && t.entry().deploys() != null) {
            candidates.add(model.knowledge().type(t.declaringType()));
        } else if (t.isNone()) {
            candidates.addAll(model.knowledge().deployers(call.name()));
        }
        for (KnowledgeType kt : candidates) {
            MethodEntry entry = kt == null ? null : kt.method(call.name(), call.argCount());
            MethodEntry.Deploys d = entry == null ? null : entry.deploys();
            if (d == null || !onWorker(u, call, d)) {
                continue;
            }
            int from = d.component() >= 0 ? d.component() : d.options() + 1;
            int to = d.component() >= 0 ? d.component() : call.args().size() - 1;
            for (int i = from; i <= to; i++) {
                String type = argType(u, call.arg(i));
                if (type != null) {
                    workers.put(type, kt.framework());
                }
            }
        }
    }

    private boolean onWorker(int u, CallFacts call, MethodEntry.Deploys d) {
        ArgFacts options = call.arg(d.options());
        if (d.workerWhen().stream().anyMatch(options.tokens()::contains)) {
            return true;
        }
        return d.workerWhenType() != null && model.isSubtype(argType(u, options), d.workerWhenType());
    }

    private String argType(int u, ArgFacts arg) {
        List<Integer> units = model.argUnitsOf(u, arg);
        if (!units.isEmpty()) {
            return suppliedType(units.get(0));
        }
        if (arg.createdType() != null) {
            return model.resolveType(u, arg.createdType());
        }
        return arg.value() == null ? null : model.receiverType(u, arg.value());
    }

    /**
     * The type a function argument stands for: an anonymous class itself, or what a supplier
     * creates ({@code () -> new Verticle()}, {@code () -> new AbstractVerticle() {...}},
     * {@code OrderVerticle::new}).
     */
    private String suppliedType(int unit) {
        UnitFacts f = model.unit(unit);
        if (f.kind() == UnitFacts.Kind.METHOD) {
            return f.owner();
        }
        for (int n = unit + 1; n < model.unitCount() && model.parentOf(n) >= unit; n++) {
            if (model.parentOf(n) == unit && model.unit(n).kind() == UnitFacts.Kind.METHOD) {
                return model.unit(n).owner();
            }
        }
        for (int c = 0; c < f.calls().size(); c++) {
            if (f.calls().get(c).name().equals(CallFacts.CONSTRUCTOR)) {
                CallTarget t = model.target(unit, c);
                return t.isNone() ? null : t.receiverType();
            }
        }
        return null;
    }

    private static String deployedFramework(Map<String, String> workers, String owner) {
        for (Map.Entry<String, String> w : workers.entrySet()) {
            String t = w.getKey();
            if (owner.equals(t) || owner.startsWith(t + ".") || owner.startsWith(t + "$")) {
                return w.getValue();
            }
        }
        return null;
    }

    /** Inline lambdas take the contexts of the unit they are written in; parents come first. */
    private boolean propagateInline() {
        boolean changed = false;
        for (int u = 0; u < model.unitCount(); u++) {
            int parent = inline[u] ? model.parentOf(u) : -1;
            if (parent >= 0) {
                for (ExecutionContext ctx : List.copyOf(of(parent))) {
                    changed |= add(u, ctx);
                }
            }
        }
        return changed;
    }

    /** A method reference with a context passes it to the project methods it names. */
    private boolean delegateReferences() {
        boolean changed = false;
        for (int r = 0; r < model.unitCount(); r++) {
            if (model.unit(r).kind() != UnitFacts.Kind.METHOD_REF || of(r).isEmpty()) {
                continue;
            }
            CallTarget t = model.target(r, 0);
            if (t.kind() != CallTarget.Kind.PROJECT || t.overloaded()) {
                continue;   // this::getNodes may mean any overload: which one runs is unknown
            }
            delegates[r] = true;
            for (int m : t.units()) {
                for (ExecutionContext ctx : List.copyOf(of(r))) {
                    changed |= add(m, ctx);
                }
            }
        }
        return changed;
    }
}
