package testdata.double_checked_locking;

/**
 * Per-client request limiter. The buckets are built on the first request, with the local-copy
 * form of double-checked locking; only the burst bucket is volatile (Effective Java, item 83).
 */
public class TokenBucketLimiter {

    private final int requestsPerSecond;
    private RateBucket steady;
    private RateBucket daily;
    private volatile RateBucket burst;

    public TokenBucketLimiter(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public boolean tryAcquire() {
        return steady().take() && daily().take() && burst().take();
    }

    private RateBucket steady() {
        RateBucket result = steady;
        if (result == null) { // expect: double-checked-locking
            synchronized (this) {
                result = steady;
                if (result == null) {
                    steady = result = new RateBucket(requestsPerSecond);
                }
            }
        }
        return result;
    }

    private RateBucket daily() {
        RateBucket result = daily;
        if (result == null) { // expect: double-checked-locking
            synchronized (this) {
                result = daily;
                if (result == null) {
                    result = new RateBucket(requestsPerSecond * 86_400);
                    daily = result;
                }
            }
        }
        return result;
    }

    private RateBucket burst() {
        RateBucket result = burst;
        if (result == null) { // ok: double-checked-locking
            synchronized (this) {
                result = burst;
                if (result == null) {
                    burst = result = new RateBucket(requestsPerSecond * 5);
                }
            }
        }
        return result;
    }
}
