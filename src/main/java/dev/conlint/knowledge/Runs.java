package dev.conlint.knowledge;

/**
 * Where a piece of code runs, as the knowledge files say it: an execution context of contexts.md,
 * or for a lambda argument {@code SAME} (a synchronous host: where its caller runs) or
 * {@code CHAIN} (a pipeline operator: wherever the pipeline is at that point).
 */
public enum Runs {
    EVENT_LOOP, WORKER, COMMON_POOL, ASYNC_STAGE, VIRTUAL, REQUEST, SAME, CHAIN;

    /** Whether this is a real execution context rather than a rule for finding one. */
    public boolean isContext() {
        return this != SAME && this != CHAIN;
    }
}
