package testdata.blocking_call_on_event_loop;

import java.util.concurrent.atomic.AtomicLong;

/** Template for reference-data feeds: refresh() calls the reload() hook and counts it. */
public abstract class FeedRefresher {

    private final AtomicLong refreshes = new AtomicLong();

    public void refresh() {
        reload();
        refreshes.incrementAndGet();
    }

    protected abstract void reload();

    public long refreshCount() {
        return refreshes.get();
    }
}
