package dev.conlint.demo;

import dev.conlint.runtime.EventLoop;
import dev.conlint.runtime.NestedLoopException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two canonical examples of rules/nested-event-loop.md on one loop. Quote requests need an FX
 * rate that an asynchronous client delivers on the loop: the anti-pattern gets it synchronously
 * with a nested {@code EventLoop.run} (Reactor's {@code block()} inside {@code flatMap}, asyncio's
 * {@code asyncio.run} inside a coroutine), which the runtime refuses with {@link NestedLoopException}.
 * Receipt requests write a receipt that the loop itself flushes: the anti-pattern waits for the
 * write with {@code get} (Netty's {@code writeAndFlush(receipt).sync()}), which parks the only thread
 * that could finish it, until a 200 ms limit gives up. The fix composes instead of waiting: it
 * answers in {@code thenAccept} once the rate arrives and closes in {@code thenRun} once the write is
 * flushed (Netty's {@code addListener(CLOSE)}, asyncio's {@code await}).
 */
public final class NestedEventLoopDemo implements Demo {

    static final int REQUESTS = 6;   // alternately a quote and a receipt
    static final Duration ARRIVAL = Duration.ofMillis(10);
    static final Duration FX_CALL = Duration.ofMillis(5);
    static final Duration WAIT_LIMIT = Duration.ofMillis(200);

    /** What one run saw; only the loop thread touches it. */
    private static final class Tally {
        int refused;
        long stalledNanos;
    }

    @Override
    public String ruleId() {
        return "nested-event-loop";
    }

    @Override
    public DemoResult run() {
        double[] anti = serve(true);
        double[] fixed = serve(false);
        return new DemoResult(ruleId(), REQUESTS + " requests on one loop: quotes that need an FX rate from an async"
                + " client, receipts written and then closed", "wait inside the loop", "compose the futures",
                List.of(new DemoResult.Measure("requests answered", "", anti[0], fixed[0]),
                        new DemoResult.Measure("nested runs refused", "", anti[1], fixed[1]),
                        new DemoResult.Measure("loop stalled for", "ms", anti[2], fixed[2])));
    }

    /** {requests answered, nested runs refused, ms the handlers held the loop}. */
    private static double[] serve(boolean waitInside) {
        Tally tally = new Tally();
        return EventLoop.run(loop -> {
            List<CompletableFuture<Boolean>> answered = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                CompletableFuture<Void> reply = new CompletableFuture<>();
                answered.add(reply.handle((v, e) -> e == null));
                boolean quote = i % 2 == 0;
                loop.callLater(ARRIVAL.multipliedBy(i), () -> {
                    long start = System.nanoTime();
                    if (quote) {
                        quote(loop, waitInside, reply, tally);
                    } else {
                        receipt(loop, waitInside, reply);
                    }
                    tally.stalledNanos += System.nanoTime() - start;
                });
            }
            // counted on the loop's next turn, once the last handler has returned and been timed
            return EventLoop.gather(answered).thenApplyAsync(all -> new double[] {
                    all.stream().filter(ok -> ok).count(), tally.refused, tally.stalledNanos / 1e6}, loop::call);
        }, 1, Duration.ofSeconds(20));
    }

    private static void quote(EventLoop loop, boolean waitInside, CompletableFuture<Void> reply, Tally tally) {
        if (waitInside) {
            try {
                EventLoop.run(nested -> fxRate(nested, "EUR"));   // the anti-pattern: the rate, synchronously
                reply.complete(null);
            } catch (NestedLoopException e) {
                tally.refused++;
                reply.completeExceptionally(e);   // the request fails, as Reactor fails it
            }
        } else {
            fxRate(loop, "EUR").thenAccept(rate -> reply.complete(null));
        }
    }

    private static void receipt(EventLoop loop, boolean waitInside, CompletableFuture<Void> reply) {
        CompletableFuture<Void> written = write(loop);
        if (waitInside) {
            try {
                // the anti-pattern: only this loop can flush the write, and it is waiting here
                written.get(WAIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                reply.complete(null);
            } catch (TimeoutException | ExecutionException e) {
                reply.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply.completeExceptionally(e);
            }
        } else {
            written.thenRun(() -> reply.complete(null));   // close once written, like addListener(CLOSE)
        }
    }

    /** The FX client: asynchronous, its answer delivered on the loop after {@link #FX_CALL}. */
    private static CompletableFuture<Double> fxRate(EventLoop loop, String currency) {
        return loop.sleep(FX_CALL).thenApply(v -> currency.equals("EUR") ? 0.92 : 1.0);
    }

    /** A write the loop flushes once the current callback returns, as a Netty channel's own loop does. */
    private static CompletableFuture<Void> write(EventLoop loop) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        loop.call(() -> written.complete(null));
        return written;
    }
}
