package testdata.blocking_call_on_event_loop;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** Polls an in-memory inbox that producers fill; fetch() never waits. */
public class QuickPoller extends Poller {

    private final Queue<String> inbox = new ConcurrentLinkedQueue<>();
    private final Consumer<String> sink;

    public QuickPoller(Consumer<String> sink) {
        this.sink = sink;
    }

    public void offer(String item) {
        inbox.offer(item);
    }

    @Override
    protected void fetch() {
        for (String item = inbox.poll(); item != null; item = inbox.poll()) {
            sink.accept(item);
        }
    }
}
