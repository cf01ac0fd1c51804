package testdata.blocking_call_on_event_loop;

/**
 * Backoff policy. {@code sleep} only computes how long the caller should wait before the
 * next attempt; callers schedule a timer with it, nothing here sleeps.
 */
public final class Retry {

    private static final long BASE_DELAY_MS = 100;
    private static final long MAX_DELAY_MS = 10_000;

    private Retry() {
    }

    public static long sleep(int attempt) {
        int exponent = Math.max(0, Math.min(attempt, 16));
        long delay = BASE_DELAY_MS << exponent;
        return Math.min(delay, MAX_DELAY_MS);
    }

    public static boolean shouldRetry(int attempt, int maxAttempts) {
        return attempt < maxAttempts;
    }

    public static String describe(int attempt) {
        return "attempt " + attempt + ", next in " + sleep(attempt) + " ms";
    }
}
