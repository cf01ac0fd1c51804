package dev.conlint.witness;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.BlockingOperationException;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Witness for {@code nested-event-loop} and {@code wait-on-own-executor} (Netty rows).
 *
 * <p>Claims proved against real Netty 4.1 event loops (no sockets: a {@link DefaultEventLoopGroup} and
 * its promises):
 * <ul>
 *   <li>{@code sync()}/{@code await()}/{@code get()} on a <em>pending</em> future of the current event loop,
 *       on that loop's thread, throws {@link BlockingOperationException} (nested-event-loop: {@code sync} in
 *       a handler or listener). The same {@code sync()} from another thread simply waits and succeeds.</li>
 *   <li>A task queued with {@code eventLoop.submit(...)} and waited for on that loop can never run first,
 *       and Netty refuses the wait with the same exception (wait-on-own-executor).</li>
 *   <li>The guard looks only at the current loop: a future that is already complete passes, and a
 *       future of <em>another</em> loop just parks the calling loop, so everything queued behind it waits
 *       (blocking-call-on-event-loop).</li>
 * </ul>
 */
// runs the anti-patterns on purpose, to show what the frameworks do with them; conlint reports each
// one (WitnessesAreFindingsTest checks that), so they are suppressed here for the self-scan
@SuppressWarnings("conlint")
class NettySyncOnLoopWitnessTest {

    private DefaultEventLoopGroup group;
    private DefaultEventLoopGroup other;

    @BeforeEach
    void start() {
        group = new DefaultEventLoopGroup(1);
        other = new DefaultEventLoopGroup(1);
    }

    @AfterEach
    void stop() {
        // short quiet period; bounded wait so a stuck loop cannot hang the build
        Future<?> a = group.shutdownGracefully(10, 2000, TimeUnit.MILLISECONDS);
        Future<?> b = other.shutdownGracefully(10, 2000, TimeUnit.MILLISECONDS);
        a.awaitUninterruptibly(5, TimeUnit.SECONDS);
        b.awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Runs {@code body} on {@code loop} and returns what it threw (or null), waiting at most 5 s. */
    private static Throwable onLoop(EventLoop loop, ThrowingRunnable body) throws Exception {
        Future<Throwable> outcome = loop.submit(() -> {
            try {
                body.run();
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        assertTrue(outcome.await(5, TimeUnit.SECONDS), "loop task did not finish");
        return outcome.getNow();
    }

    private static String name(Throwable t) {
        return t == null ? "returned normally" : t.getClass().getName();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void syncOnAPendingPromiseOfTheOwnLoopThrowsBlockingOperationException() throws Exception {
        EventLoop loop = group.next();
        Promise<String> promise = loop.newPromise();   // e.g. a write not yet flushed by this loop

        Throwable sync = onLoop(loop, promise::sync);
        Throwable await = onLoop(loop, promise::await);
        Throwable get = onLoop(loop, promise::get);
        System.out.printf("[witness] Netty on own loop: sync -> %s; await -> %s; get -> %s%n", sync, name(await), name(get));
        assertInstanceOf(BlockingOperationException.class, sync);
        assertInstanceOf(BlockingOperationException.class, await);
        assertInstanceOf(BlockingOperationException.class, get);
        assertFalse(promise.isDone(), "nothing completed the promise");

        // from another thread the same sync() just waits for the loop to complete it
        loop.schedule(() -> promise.setSuccess("written"), 50, TimeUnit.MILLISECONDS);
        assertTrue(promise.await(5, TimeUnit.SECONDS));
        assertEquals("written", promise.sync().getNow());
    }

    @Test
    void waitingOnTheLoopForATaskSubmittedToTheSameLoopIsRefused() throws Exception {
        EventLoop loop = group.next();
        Throwable t = onLoop(loop, () -> loop.submit(() -> "balance").sync());   // ctx.executor().submit(...).sync()
        System.out.printf("[witness] Netty submit-to-own-loop then sync: %s%n", t);
        assertInstanceOf(BlockingOperationException.class, t);

        // off the loop, the same submit(...).sync() returns the value
        assertEquals("balance", loop.submit(() -> "balance").sync().getNow());
    }

    @Test
    void theGuardOnlyCatchesPendingFuturesOfTheCurrentLoop() throws Exception {
        EventLoop loop = group.next();
        EventLoop otherLoop = other.next();

        // already complete: no exception, nothing waits
        assertNull(onLoop(loop, () -> loop.newSucceededFuture("done").sync()));

        // a pending future of another loop: no exception, the calling loop is simply parked
        Promise<String> foreign = otherLoop.newPromise();
        long[] ranAfterMs = new long[1];
        long start = System.nanoTime();
        Future<Boolean> parked = loop.submit(() -> foreign.await(600, TimeUnit.MILLISECONDS));
        Future<?> queuedBehind = loop.submit(() -> ranAfterMs[0] = (System.nanoTime() - start) / 1_000_000);
        assertTrue(queuedBehind.await(5, TimeUnit.SECONDS), "task behind the parked loop never ran");
        assertTrue(parked.isSuccess(), "await on another loop's future should not throw: " + parked.cause());
        assertFalse(parked.getNow(), "the foreign future was never completed, so the wait timed out");
        System.out.printf("[witness] Netty await on another loop's future: no exception; next task on the loop ran after %d ms%n", ranAfterMs[0]);
        // physical bound: the queued task cannot run before the 600 ms wait ends
        assertTrue(ranAfterMs[0] >= 590, "the loop should be parked for the whole wait: " + ranAfterMs[0] + " ms");
    }
}
