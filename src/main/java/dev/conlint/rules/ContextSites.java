package dev.conlint.rules;

import dev.conlint.facts.ArgFacts;
import dev.conlint.facts.CallFacts;
import dev.conlint.facts.Pos;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.Finding;
import dev.conlint.finding.SourceLocation;
import dev.conlint.knowledge.MethodEntry;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;
import dev.conlint.model.CallTarget;
import dev.conlint.model.Effects;
import dev.conlint.model.ExecutionContext;
import dev.conlint.model.ProjectModel;

import java.util.List;
import java.util.Set;

/**
 * What the context rules share: finding the context a unit runs in, deciding which rule owns a
 * blocking call (one finding per call site, the most specific rule wins: wait-on-own-executor,
 * then nested-event-loop, then blocking-call-on-event-loop), and building findings.
 */
final class ContextSites {

    /** A local passed by name counts as queued work when its declared type reads like a task. */
    private static final java.util.regex.Pattern TASK_TYPE =
            java.util.regex.Pattern.compile("(Runnable|Callable|Task|Supplier|Handler)$");

    private ContextSites() {
    }

    /**
     * Creating pools and loops, and CPU-heavy setup (key material, SSL contexts), are followed at
     * most this many project calls deep: deeper, they are nearly always behind a provider or cache
     * that does the work once, which conlint cannot see. Blocking calls are followed to any depth.
     */
    static final int MAX_SETUP_DEPTH = 3;

    static boolean shallow(Effects.Path path) {
        return path.chain().size() <= MAX_SETUP_DEPTH + 1;
    }

    /** The first context of the given kinds a unit runs in, or null (also for delegating references). */
    static ExecutionContext context(Analysis analysis, int unit, Set<Runs> kinds) {
        if (analysis.contexts().delegates(unit)) {
            return null;
        }
        for (ExecutionContext ctx : analysis.contexts().of(unit)) {
            if (kinds.contains(ctx.kind())) {
                return ctx;
            }
        }
        return null;
    }

    /** A blocking call that drives the loop or pipeline it runs on ({@code Mono.block} in a Reactor operator). */
    static boolean drivesOwnLoop(Effects.Path path, ExecutionContext ctx) {
        return ctx.kind() == Runs.EVENT_LOOP && path.entry() != null && path.entry().drives().contains(ctx.framework());
    }

    /**
     * A wait, on the event loop of framework F, for work queued to that same loop: the queued work
     * cannot run until the wait ends. Three shapes: the wait is on the future the queueing call
     * returned ({@code eventLoop().submit(t).get()}); the call queues and waits itself
     * ({@code invokeAndWait} on the EDT); or the same code queued work ({@code Platform.runLater})
     * before it waits.
     */
    static boolean waitsForOwnLoop(Analysis analysis, int unit, int call, ExecutionContext ctx) {
        if (ctx.kind() != Runs.EVENT_LOOP) {
            return false;
        }
        ProjectModel model = analysis.model();
        CallTarget t = model.target(unit, call);
        if (t.blocking() == null) {
            return false;
        }
        if (queuesTo(analysis, unit, call, ctx.framework())) {
            return true;
        }
        List<CallFacts> calls = model.unit(unit).calls();
        if (producedOnOwnLoop(analysis, unit, call, ctx.framework())) {
            return true;
        }
        if (!"wait".equals(t.blocking()) && !"future".equals(t.blocking())) {
            return false;
        }
        Pos at = calls.get(call).pos();
        for (int q = 0; q < calls.size(); q++) {
            Pos p = calls.get(q).pos();
            boolean before = p.line() < at.line() || p.line() == at.line() && p.column() < at.column();
            // runLater/invokeLater/execute return nothing: the wait that follows is for that work;
            // a submit returns its future, and waits on other futures are the other shapes' business
            if (q != call && before && queuesTo(analysis, unit, q, ctx.framework())
                    && model.target(unit, q).blocking() == null && model.target(unit, q).entry().returns() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the future a wait is on comes, through the pipeline it waits on or its argument
     * ({@code Future.await(f)}), from work queued to this loop or from a call whose future this
     * loop completes ({@code executeBlocking(...).toCompletionStage().toCompletableFuture().join()}).
     */
    private static boolean producedOnOwnLoop(Analysis analysis, int unit, int call, String framework) {
        ProjectModel model = analysis.model();
        List<CallFacts> calls = model.unit(unit).calls();
        List<Integer> producers = new java.util.ArrayList<>();
        for (int r = ProjectModel.upstreamCall(calls.get(call).receiver()); r >= 0 && producers.size() < 64;
             r = ProjectModel.upstreamCall(calls.get(r).receiver())) {
            producers.add(r);
        }
        int arg = calls.get(call).arg(0).call();
        if (arg >= 0) {
            producers.add(arg);
        }
        for (int r : producers) {
            CallTarget t = model.target(unit, r);
            if (queuesTo(analysis, unit, r, framework)) {
                return true;
            }
            if (t.isApi() && t.entry().completesOnCaller()) {
                var kt = model.knowledge().type(t.declaringType());
                if (kt != null && kt.framework().equals(framework)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a call hands a lambda to the event loop of {@code framework}. */
    private static boolean queuesTo(Analysis analysis, int unit, int call, String framework) {
        CallTarget t = analysis.model().target(unit, call);
        if (!t.isApi()) {
            return false;
        }
        MethodEntry e = t.entry();
        CallFacts c = analysis.model().unit(unit).calls().get(call);
        for (int i = 0; i < c.args().size(); i++) {
            // the argument is work: a lambda, or a task object (runLater(futureTask)), not a plain value slot
            ArgFacts a = c.arg(i);
            boolean work = !a.units().isEmpty() || a.createdType() != null
                    || a.localType() != null && TASK_TYPE.matcher(a.localType()).find();
            if (work && e.callback(i, c.argCount()) == Runs.EVENT_LOOP) {
                var kt = analysis.model().knowledge().type(t.declaringType());
                return kt != null && kt.framework().equals(framework);
            }
        }
        return false;
    }

    static Finding finding(Analysis analysis, RuleMeta meta, int unit, Pos pos, String message, String context,
                           List<ChainStep> chain) {
        SourceLocation location = new SourceLocation(analysis.model().fileOf(unit).path(), pos.line(), pos.column(),
                pos.endLine(), pos.endColumn());
        return new Finding(meta.id(), meta.level(), location, message, context, chain, List.of());
    }
}
