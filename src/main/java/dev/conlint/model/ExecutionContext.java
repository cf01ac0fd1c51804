package dev.conlint.model;

import dev.conlint.knowledge.Knowledge;
import dev.conlint.knowledge.Runs;

/**
 * Where a unit runs: a context kind, the framework that puts it there, and the origin in words
 * ("channelRead of OrderHandler", "handler registered in OrderVerticle.start"). {@code settled}:
 * the futures the code waits on are already complete there (a callback after {@code allOf}).
 */
public record ExecutionContext(Runs kind, String framework, String origin, boolean settled) {

    public ExecutionContext(Runs kind, String framework, String origin) {
        this(kind, framework, origin, false);
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
