package testdata.check_then_act;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exponential backoff shared by the workers that call a flaky partner API. onFailure() doubles the
 * delay with a separate get and set; onTimeout() and attempts use single atomic operations.
 */
public class RetryBackoff {

    private final long initialMillis;
    private final long maxMillis;
    private final AtomicLong delayMillis;
    private final AtomicInteger attempts = new AtomicInteger();

    public RetryBackoff(long initialMillis, long maxMillis) {
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
        this.delayMillis = new AtomicLong(initialMillis);
    }

    public long onFailure() {
        attempts.incrementAndGet(); // ok: check-then-act
        delayMillis.set(delayMillis.get() * 2); // expect: check-then-act
        return Math.min(delayMillis.get(), maxMillis);
    }

    public long onTimeout() {
        attempts.getAndIncrement(); // ok: check-then-act
        return delayMillis.accumulateAndGet(2, (delay, factor) -> Math.min(delay * factor, maxMillis)); // ok: check-then-act
    }

    public void onSuccess() {
        attempts.set(0);
        delayMillis.set(initialMillis);
    }

    public int attempts() {
        return attempts.get();
    }
}
