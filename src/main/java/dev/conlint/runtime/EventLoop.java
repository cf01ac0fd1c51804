package dev.conlint.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * An asyncio-like event loop: one thread runs every callback, one at a time, in order; timers fire
 * when due and when the loop is free. Nothing here blocks the loop except the code handed to it,
 * which is the point of the demos.
 *
 * <pre>{@code
 * int answer = EventLoop.run(loop -> loop.sleep(Duration.ofMillis(10)).thenApply(v -> 42));
 * }</pre>
 */
public final class EventLoop {

    /**
     * The loop running on the current thread, if any: how a nested {@code run()} is caught (asyncio
     * keeps its running loop per thread the same way). Set and cleared by the loop's own thread.
     */
    private static final ThreadLocal<EventLoop> CURRENT = new ThreadLocal<>();

    private record Timer(long dueNanos, long seq, Runnable callback) { }

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Deque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.dueNanos != b.dueNanos
            ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.seq, b.seq));
    private final ExecutorService workers;
    private long seq;
    private boolean stopping;
    private Thread thread;

    private EventLoop(int workerThreads) {
        this.name = "conlint-loop-" + Integer.toHexString(System.identityHashCode(this));
        this.workers = Executors.newFixedThreadPool(workerThreads, r -> {
            Thread t = new Thread(r, name + "-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code main} on a new loop (on its own thread) until the future it returns completes,
     * then closes the loop: asyncio's {@code asyncio.run(main())}. Called from a thread that is
     * running a loop already, it throws {@link NestedLoopException}, as asyncio raises
     * "Cannot run the event loop while another loop is running".
     */
    public static <T> T run(Function<EventLoop, CompletableFuture<T>> main) {
        return run(main, 4, Duration.ofSeconds(60));
    }

    /** {@link #run(Function)} with a worker pool of {@code workerThreads} and a time limit. */
    public static <T> T run(Function<EventLoop, CompletableFuture<T>> main, int workerThreads, Duration timeout) {
        EventLoop running = CURRENT.get();
        if (running != null) {
            throw new NestedLoopException(running.name);
        }
        EventLoop loop = new EventLoop(workerThreads);
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.thread = new Thread(loop::loop, loop.name);
        loop.thread.setDaemon(true);
        loop.call(() -> {
            try {
                main.apply(loop).whenComplete((v, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(v);
                    }
                });
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        loop.thread.start();
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + loop.name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(loop.name + " did not finish within " + timeout.toMillis() + " ms", e);
        } finally {
            loop.stop();
        }
    }

    /** The loop's name, also its thread's. */
    public String name() {
        return name;
    }

    /** Whether the calling thread is this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Queues a callback to run on the loop soon (asyncio's {@code call_soon}); safe from any thread. */
    public void call(Runnable callback) {
        lock.lock();
        try {
            ready.add(callback);
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code callback} on the loop once {@code delay} has passed (asyncio's {@code call_later}). */
    public void callLater(Duration delay, Runnable callback) {
        callAt(System.nanoTime() + delay.toNanos(), callback);
    }

    void callAt(long dueNanos, Runnable callback) {
        lock.lock();
        try {
            timers.add(new Timer(dueNanos, seq++, callback));
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** A future completed on the loop after {@code delay}, without blocking anything (asyncio.sleep). */
    public CompletableFuture<Void> sleep(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        callLater(delay, () -> done.complete(null));
        return done;
    }

    /**
     * Runs blocking {@code work} on the loop's worker pool and completes the returned future back on
     * the loop (asyncio's {@code run_in_executor}): the escape hatch for blocking calls.
     */
    public <T> CompletableFuture<T> runInExecutor(Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        workers.execute(() -> {
            try {
                T value = work.call();
                call(() -> done.complete(value));
            } catch (Exception e) {
                call(() -> done.completeExceptionally(e));
            }
        });
        return done;
    }

    /** A future of all results, in order, once every future is done (asyncio.gather). */
    public static <T> CompletableFuture<List<T>> gather(List<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<T> out = new ArrayList<>(futures.size());
            futures.forEach(f -> out.add(f.join()));
            return out;
        });
    }

    /** Starts recording how late a timer of the given period fires. */
    public LagMonitor monitorLag(Duration period) {
        LagMonitor monitor = new LagMonitor(this, period);
        monitor.start();
        return monitor;
    }

    private void stop() {
        lock.lock();
        try {
            stopping = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
        workers.shutdownNow();
    }

    private void loop() {
        CURRENT.set(this);
        try {
            while (true) {
                Runnable next = next();
                if (next == null) {
                    return;
                }
                try {
                    next.run();
                } catch (RuntimeException e) {
                    // a failing callback must not kill the loop; asyncio logs "Exception in callback"
                    System.err.println(name + ": exception in callback: " + e);
                }
            }
        } finally {
            CURRENT.remove();
        }
    }

    /** The next callback to run: a ready one, else the first due timer; waits until one is due. */
    private Runnable next() {
        lock.lock();
        try {
            while (!stopping) {
                long now = System.nanoTime();
                while (!timers.isEmpty() && timers.peek().dueNanos <= now) {
                    ready.add(timers.poll().callback);
                }
                if (!ready.isEmpty()) {
                    return ready.poll();
                }
                if (timers.isEmpty()) {
                    wake.await();
                } else {
                    wake.awaitNanos(timers.peek().dueNanos - now);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }
}
