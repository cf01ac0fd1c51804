package testdata.inconsistent_synchronization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sliding one-minute window of request timestamps for the partner API quota. acquire() and
 * prune() hold the window's ReentrantLock; the metrics endpoint peeks at the deque and bumps a
 * counter without it. The limit is configuration, set through its setter at start-up.
 */
public class RateWindow {

    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Long> stamps = new ArrayDeque<>();
    private long rejected;
    private int limit = 100;

    public boolean acquire(long nowMillis) {
        lock.lock();
        try {
            prune(nowMillis);
            if (stamps.size() >= limit) {
                rejected++;
                return false;
            }
            stamps.addLast(nowMillis);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Called from acquire() only, with the lock held. */
    private void prune(long nowMillis) {
        while (!stamps.isEmpty() && stamps.peekFirst() < nowMillis - 60_000) { // ok: inconsistent-synchronization
            stamps.pollFirst(); // ok: inconsistent-synchronization
        }
    }

    public long rejectedSoFar() {
        lock.lock();
        try {
            return rejected;
        } finally {
            lock.unlock();
        }
    }

    public Long oldestStamp() {
        return stamps.peekFirst(); // expect: inconsistent-synchronization
    }

    public void countExternalRejection() {
        rejected++; // expect: inconsistent-synchronization
    }

    public void setLimit(int limit) {
        this.limit = limit; // ok: inconsistent-synchronization
    }
}
