package dev.conlint.rules;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Receiver;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.CallTarget;
import dev.conlint.model.ExecutionContext;
import dev.conlint.model.ProjectModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting for work queued to the executor or event loop the waiting code itself runs on: the
 * queued work can only run on a thread that is busy waiting for it.
 */
@RuleMeta(id = "wait-on-own-executor", name = "WaitOnOwnExecutor", family = "F3",
        familyTitle = "Nested event loops and waiting on yourself", level = Level.WARNING, precision = "high",
        title = "Code waits for work queued to the very executor or event loop it runs on (deadlock)")
public final class WaitOnOwnExecutor implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        ProjectModel model = analysis.model();
        for (Map.Entry<Integer, ExecutionContext> reached : onEventLoops(analysis).entrySet()) {
            int u = reached.getKey();
            ExecutionContext ctx = reached.getValue();
            String where = ctx.describe(model.knowledge());
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                if (ContextSites.waitsForOwnLoop(analysis, u, c, ctx)) {
                    String api = analysis.blocking().apiLabel(u, c);
                    String thread = ctx.thread(model.knowledge());
                    findings.add(ContextSites.finding(analysis, meta(), u, calls.get(c).pos(), api
                            + " waits for work queued to the " + thread + ", the thread it is running on, so that"
                            + " work can never run (deadlock; " + ctx.origin() + ")", where, List.of()));
                }
            }
        }
        for (Map.Entry<Integer, ExecutionContext> task : tasksOnBoundedExecutors(analysis).entrySet()) {
            int u = task.getKey();
            ExecutionContext ctx = task.getValue();
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                if (waitsOnExecutor(analysis, u, c, ctx.executor())) {
                    String pool = poolName(model, ctx.executor());
                    String where = "task on " + pool + " (" + ctx.origin() + ")";
                    findings.add(ContextSites.finding(analysis, meta(), u, calls.get(c).pos(),
                            analysis.blocking().apiLabel(u, c) + " waits for a task queued to " + pool
                                    + ", the bounded executor this task runs on: once every thread of the pool waits"
                                    + " like this, the queued tasks never run (thread-starvation deadlock; "
                                    + ctx.origin() + ")", where, List.of()));
                }
            }
        }
        return findings;
    }

    /** How far into project methods a wait on the caller's own event loop is looked for. */
    private static final int HELPER_DEPTH = 3;

    /**
     * Event-loop code and the project methods it calls, a few calls deep, each with the loop it
     * runs on: a helper that does {@code invokeAndWait} is as stuck as the listener calling it.
     */
    private static Map<Integer, ExecutionContext> onEventLoops(Analysis analysis) {
        ProjectModel model = analysis.model();
        Map<Integer, ExecutionContext> on = new LinkedHashMap<>();
        Map<Integer, Integer> depth = new LinkedHashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int u = 0; u < model.unitCount(); u++) {
            ExecutionContext ctx = ContextSites.context(analysis, u, EnumSet.of(Runs.EVENT_LOOP));
            if (ctx != null) {
                on.put(u, ctx);
                depth.put(u, 0);
                queue.add(u);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (depth.get(u) >= HELPER_DEPTH) {
                continue;
            }
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                CallTarget t = model.target(u, c);
                if (t.kind() != CallTarget.Kind.PROJECT || t.overloaded()) {
                    continue;
                }
                for (int callee : t.units()) {
                    if (on.putIfAbsent(callee, on.get(u)) == null) {
                        depth.put(callee, depth.get(u) + 1);
                        queue.add(callee);
                    }
                }
            }
        }
        return on;
    }

    /**
     * Units that run as tasks of a bounded executor held in a field, and the methods of the same
     * class they call on {@code this} (where the wait often hides), each with its task's context.
     */
    private static Map<Integer, ExecutionContext> tasksOnBoundedExecutors(Analysis analysis) {
        ProjectModel model = analysis.model();
        Map<Integer, ExecutionContext> on = new LinkedHashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int u = 0; u < model.unitCount(); u++) {
            for (ExecutionContext ctx : analysis.contexts().of(u)) {
                if (ctx.executor() != null && on.putIfAbsent(u, ctx) == null) {
                    queue.add(u);
                }
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            List<CallFacts> calls = model.unit(u).calls();
            for (int c = 0; c < calls.size(); c++) {
                Receiver r = calls.get(c).receiver();
                CallTarget t = model.target(u, c);
                if (!(r instanceof Receiver.Implicit || r instanceof Receiver.This)
                        || t.kind() != CallTarget.Kind.PROJECT) {
                    continue;
                }
                for (int callee : t.units()) {
                    if (enclosesOrIs(model, model.unit(callee).owner(), model.unit(u).owner())
                            && on.putIfAbsent(callee, on.get(u)) == null) {
                        queue.add(callee);
                    }
                }
            }
        }
        return on;
    }

    /** Whether {@code type} is {@code inner} or one of the classes {@code inner} is nested in. */
    private static boolean enclosesOrIs(ProjectModel model, String type, String inner) {
        for (String t = inner; t != null; t = model.projectType(t) == null ? null : model.projectType(t).outer()) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** A wait on a future the same executor field produced, or an invokeAll/invokeAny on it. */
    private static boolean waitsOnExecutor(Analysis analysis, int u, int c, String executor) {
        ProjectModel model = analysis.model();
        String blocking = model.target(u, c).blocking();
        if (blocking == null) {
            return false;
        }
        CallFacts call = model.unit(u).calls().get(c);
        if (executor.equals(model.boundedExecutorField(u, call.receiver()))) {
            return true;    // pool.invokeAll(tasks) from inside one of pool's tasks
        }
        int producer = ProjectModel.upstreamCall(call.receiver());
        return producer >= 0 && "future".equals(blocking)
                && executor.equals(model.boundedExecutorField(u, model.unit(u).calls().get(producer).receiver()));
    }

    /** "Worker.pool" for "com.acme.Worker#pool". */
    private static String poolName(ProjectModel model, String executor) {
        int hash = executor.indexOf('#');
        return model.typeDisplay(executor.substring(0, hash)) + "." + executor.substring(hash + 1);
    }
}
