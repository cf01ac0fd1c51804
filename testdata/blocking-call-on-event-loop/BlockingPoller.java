package testdata.blocking_call_on_event_loop;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Polls the settled orders table. fetch() runs JDBC queries, so this poller overrides poll() to
 * hand fetch() to its own executor instead of running it on the caller's thread.
 */
public class BlockingPoller extends Poller {

    private final OrderDao orders;
    private final Executor fetchExecutor;
    private final Consumer<List<String>> sink;

    public BlockingPoller(OrderDao orders, Executor fetchExecutor, Consumer<List<String>> sink) {
        this.orders = orders;
        this.fetchExecutor = fetchExecutor;
        this.sink = sink;
    }

    @Override
    public void poll() {
        fetchExecutor.execute(this::fetch);
    }

    @Override
    protected void fetch() {
        sink.accept(orders.settledOn(LocalDate.now().toString())); // ok: blocking-call-on-event-loop
    }
}
