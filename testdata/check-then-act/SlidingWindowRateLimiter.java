package testdata.check_then_act;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API rate limiter: a number of permits per window, refilled when the window ends. Shared by all
 * request threads. refill() and release() read and then write the atomics in separate steps;
 * tryAcquire() and releaseCapped() use single atomic operations.
 */
public class SlidingWindowRateLimiter {

    private final int permitsPerWindow;
    private final long windowMillis;
    private final AtomicInteger permits;
    private final AtomicLong windowEnd = new AtomicLong();

    public SlidingWindowRateLimiter(int permitsPerWindow, long windowMillis) {
        this.permitsPerWindow = permitsPerWindow;
        this.windowMillis = windowMillis;
        this.permits = new AtomicInteger(permitsPerWindow);
    }

    public boolean tryAcquire(long nowMillis) {
        refill(nowMillis);
        int available;
        do {
            available = permits.get(); // ok: check-then-act
            if (available == 0) {
                return false;
            }
        } while (!permits.compareAndSet(available, available - 1));
        return true;
    }

    private void refill(long nowMillis) {
        if (windowEnd.get() <= nowMillis) { // expect: check-then-act
            windowEnd.set(nowMillis + windowMillis);
            permits.set(permitsPerWindow);
        }
    }

    /** A request that took a permit and was never sent gives it back. */
    public void release() {
        permits.set(permits.get() + 1); // expect: check-then-act
    }

    public void releaseCapped() {
        permits.updateAndGet(p -> Math.min(permitsPerWindow, p + 1)); // ok: check-then-act
    }

    public int available() {
        return permits.get();
    }
}
