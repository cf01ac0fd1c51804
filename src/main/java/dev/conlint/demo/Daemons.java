package dev.conlint.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Pools for the demos: daemon threads, so a demo that goes wrong can never keep the JVM alive. */
final class Daemons {

    /** How long a demo waits for its tasks before giving up. */
    static final long TIMEOUT_SECONDS = 10;

    private Daemons() {
    }

    /** A fixed pool of daemon threads; shut it down in a {@code finally}. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, Daemons::daemon);
    }

    /** Shuts the pool down and waits for its tasks, at most {@link #TIMEOUT_SECONDS}. */
    static void finish(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("demo tasks still running after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the demo's tasks", e);
        }
    }

    private static Thread daemon(Runnable body) {
        Thread t = Executors.defaultThreadFactory().newThread(body);
        t.setDaemon(true);
        return t;
    }
}
