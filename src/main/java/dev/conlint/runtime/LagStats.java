package dev.conlint.runtime;

import java.util.Arrays;

/**
 * How late the lag monitor's timers fired, in milliseconds.
 *
 * @param samples how many timers fired
 * @param maxMillis the latest one
 * @param p99Millis the 99th percentile
 */
public record LagStats(int samples, double maxMillis, double p99Millis) {

    static LagStats of(long[] lateNanos, int count) {
        if (count == 0) {
            return new LagStats(0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(lateNanos, count);
        Arrays.sort(sorted);
        int p99 = Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1);
        return new LagStats(count, sorted[count - 1] / 1e6, sorted[Math.max(0, p99)] / 1e6);
    }
}
