package dev.conlint.model;

import dev.conlint.knowledge.Knowledge;
import dev.conlint.knowledge.Runs;

import java.util.Set;

/**
 * Where a unit runs: a context kind, the framework that puts it there, and the origin in words
 * ("channelRead of OrderHandler", "handler registered in OrderVerticle.start"). {@code settled}
 * names the futures already complete there (the arguments of an upstream {@code allOf});
 * {@link #ALL} when they cannot be named ({@code allOf(list.toArray(...))}).
 */
public record ExecutionContext(Runs kind, String framework, String origin, Set<String> settled, boolean once,
                               boolean cpuPool, String executor) {

    /** Every future waited on is complete. */
    public static final String ALL = "*";

    public ExecutionContext {
        settled = Set.copyOf(settled);
    }

    public ExecutionContext(Runs kind, String framework, String origin) {
        this(kind, framework, origin, Set.of(), false, false, null);
    }

    public ExecutionContext(Runs kind, String framework, String origin, Set<String> settled) {
        this(kind, framework, origin, settled, false, false, null);
    }

    /** The same context in a lifecycle method that runs once per component (a verticle's start). */
    public ExecutionContext once(boolean value) {
        return new ExecutionContext(kind, framework, origin, settled, value, cpuPool, executor);
    }

    /** The same context on a scheduler sized for CPU work ({@code Schedulers.parallel()}). */
    public ExecutionContext cpuPool(boolean value) {
        return new ExecutionContext(kind, framework, origin, settled, once, value, executor);
    }

    /** The same context, known to run on the bounded executor held in field {@code id}. */
    public ExecutionContext onExecutor(String id) {
        return new ExecutionContext(kind, framework, origin, settled, once, cpuPool, id);
    }

    /** Whether a wait on the future held in {@code name} (null: not a plain name) returns at once. */
    public boolean isSettled(String name) {
        return settled.contains(ALL) || name != null && settled.contains(name);
    }

    /** "Vert.x event loop (handler registered in OrderVerticle.start)". */
    public String describe(Knowledge knowledge) {
        return thread(knowledge) + " (" + origin + ")";
    }

    /** "Vert.x event loop", "ForkJoin common pool". */
    public String thread(Knowledge knowledge) {
        return switch (kind) {
            case EVENT_LOOP -> knowledge.threadName(framework);
            case COMMON_POOL -> "ForkJoin common pool";
            case ASYNC_STAGE -> "thread that completes the CompletableFuture stage";
            case WORKER -> framework + " worker thread";
            case VIRTUAL -> "virtual thread";
            case REQUEST -> "request thread";
            case SAME, CHAIN -> "caller's thread";
        };
    }

    boolean sameKind(ExecutionContext other) {
        return kind == other.kind && framework.equals(other.framework);
    }
}
