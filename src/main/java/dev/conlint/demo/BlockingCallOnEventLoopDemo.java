package dev.conlint.demo;

import dev.conlint.runtime.EventLoop;
import dev.conlint.runtime.LagMonitor;
import dev.conlint.runtime.LagStats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The canonical example of rules/blocking-call-on-event-loop.md: a request handler that waits for a
 * 40 ms database call on the loop ({@code Thread.sleep} stands in for JDBC), next to one that hands
 * the call to the worker pool with {@code runInExecutor}. Twenty requests arrive 20 ms apart while a
 * 10 ms timer measures how late the loop runs everything else.
 */
public final class BlockingCallOnEventLoopDemo implements Demo {

    static final int REQUESTS = 20;
    static final Duration ARRIVAL = Duration.ofMillis(20);
    static final Duration QUERY = Duration.ofMillis(40);

    @Override
    public String ruleId() {
        return "blocking-call-on-event-loop";
    }

    @Override
    public DemoResult run() {
        double[] anti = serve(true);
        double[] fixed = serve(false);
        return new DemoResult(ruleId(), REQUESTS + " requests, " + ARRIVAL.toMillis() + " ms apart, each waiting "
                + QUERY.toMillis() + " ms for the database", "sleep on the loop", "runInExecutor",
                List.of(new DemoResult.Measure("timer lag, max", "ms", anti[0], fixed[0]),
                        new DemoResult.Measure("timer lag, p99", "ms", anti[1], fixed[1]),
                        new DemoResult.Measure("all requests answered after", "ms", anti[2], fixed[2])));
    }

    /** {max lag, p99 lag, ms until every request was answered}. */
    private static double[] serve(boolean blockTheLoop) {
        return EventLoop.run(loop -> {
            LagMonitor lag = loop.monitorLag(Duration.ofMillis(10));
            long start = System.nanoTime();
            List<CompletableFuture<Void>> answered = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                CompletableFuture<Void> reply = new CompletableFuture<>();
                answered.add(reply);
                loop.callLater(ARRIVAL.multipliedBy(i), () -> handle(loop, blockTheLoop, reply));
            }
            return EventLoop.gather(answered).thenApply(all -> {
                double millis = (System.nanoTime() - start) / 1e6;
                lag.stop();
                LagStats s = lag.stats();
                return new double[] {s.maxMillis(), s.p99Millis(), millis};
            });
        });
    }

    private static void handle(EventLoop loop, boolean blockTheLoop, CompletableFuture<Void> reply) {
        if (blockTheLoop) {
            query();   // the anti-pattern: the loop waits with the database
            reply.complete(null);
        } else {
            loop.runInExecutor(() -> {
                query();
                return null;
            }).thenRun(() -> reply.complete(null));
        }
    }

    private static void query() {
        try {
            Thread.sleep(QUERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
