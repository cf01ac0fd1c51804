package dev.conlint.runtime;

import java.time.Duration;

/**
 * A periodic timer on the loop that records how late each firing is: the loop's responsiveness,
 * as a user would feel it. Start it with {@link EventLoop#monitorLag}; read it with {@link #stats}.
 */
public final class LagMonitor {

    private static final int MAX_SAMPLES = 100_000;

    private final EventLoop loop;
    private final long periodNanos;
    private final long[] late = new long[MAX_SAMPLES];
    private int count;
    private long nextDue;
    private boolean stopped;

    LagMonitor(EventLoop loop, Duration period) {
        this.loop = loop;
        this.periodNanos = period.toNanos();
    }

    void start() {
        nextDue = System.nanoTime() + periodNanos;
        loop.callAt(nextDue, this::fire);
    }

    private void fire() {
        long now = System.nanoTime();
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (count < MAX_SAMPLES) {
                late[count++] = Math.max(0, now - nextDue);
            }
        }
        // the next tick is due a period after this one was due, so a stall shows once, not cascading
        nextDue = Math.max(nextDue + periodNanos, now);
        loop.callAt(nextDue, this::fire);
    }

    /** Stops recording (the loop keeps running). */
    public synchronized void stop() {
        stopped = true;
    }

    /** What was recorded so far. */
    public synchronized LagStats stats() {
        return LagStats.of(late, count);
    }
}
