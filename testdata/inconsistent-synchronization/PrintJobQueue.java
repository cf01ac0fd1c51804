package testdata.inconsistent_synchronization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Jobs waiting for the office printer. Submitting, taking and cancelling hold the queue's
 * ReentrantLock; the dashboard's pending() and the nightly counter reset skip it. The deque is a
 * final field, but calls on it are accesses to the unsynchronized object it holds.
 */
public class PrintJobQueue {

    private final Lock lock = new ReentrantLock();
    private final Deque<String> jobs = new ArrayDeque<>();
    private long submitted;

    public void submit(String job) {
        lock.lock();
        try {
            jobs.addLast(job);
            submitted++;
        } finally {
            lock.unlock();
        }
    }

    public String take() {
        lock.lock();
        try {
            return jobs.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    public boolean cancel(String job) throws InterruptedException {
        if (lock.tryLock(100, TimeUnit.MILLISECONDS)) {
            try {
                return jobs.remove(job); // ok: inconsistent-synchronization
            } finally {
                lock.unlock();
            }
        }
        return false;
    }

    public List<String> snapshot() {
        lock.lock();
        try {
            return jobs.stream().toList();
        } finally {
            lock.unlock();
        }
    }

    public long submitted() {
        lock.lock();
        try {
            return submitted;
        } finally {
            lock.unlock();
        }
    }

    public int pending() {
        return jobs.size(); // expect: inconsistent-synchronization
    }

    /** Locked in two of three places (submit, submitted): exactly the two-thirds threshold. */
    public void resetCounters() {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        submitted = 0; // ok: inconsistent-synchronization
    }
}
