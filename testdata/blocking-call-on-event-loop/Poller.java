package testdata.blocking_call_on_event_loop;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Template for pollers of upstream sources: poll() counts the poll and calls the fetch() hook.
 * A subclass whose fetch() blocks overrides poll() as well, so this poll() never reaches that
 * fetch() (see BlockingPoller).
 */
public abstract class Poller {

    private final AtomicLong polls = new AtomicLong();

    public void poll() {
        polls.incrementAndGet();
        fetch();
    }

    protected abstract void fetch();

    public long pollCount() {
        return polls.get();
    }
}
