package testdata.wait_on_own_executor;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders account statements on one dedicated thread. A statement task that queues its parts to
 * that same thread and waits for them waits forever: the parts can only run after it returns.
 * Charts have a pool of their own, so waiting for a chart is only slow.
 */
public class StatementRenderer implements AutoCloseable {

    public record Statement(String account, String period) {
    }

    private final ExecutorService renderer = Executors.newSingleThreadExecutor();
    private final ExecutorService charts = Executors.newFixedThreadPool(2);

    public Future<String> render(Statement statement) {
        return renderer.submit(() -> {
            String header = renderer.submit(() -> header(statement)).get(); // expect: wait-on-own-executor
            Future<String> transactions = renderer.submit(() -> transactions(statement));
            String chart = charts.submit(() -> chart(statement)).get(); // ok: wait-on-own-executor
            return header + chart + transactions.get(); // expect: wait-on-own-executor
        });
    }

    /** Called by the HTTP worker threads of the statement download endpoint. */
    public String renderNow(Statement statement) throws InterruptedException, ExecutionException {
        return render(statement).get(); // ok: wait-on-own-executor
    }

    private static String header(Statement statement) {
        return "Statement " + statement.account() + " " + statement.period() + "\n";
    }

    private static String transactions(Statement statement) {
        return "(no transactions in " + statement.period() + ")\n";
    }

    private static String chart(Statement statement) {
        return "[balance chart " + statement.account() + "]\n";
    }

    @Override
    public void close() {
        renderer.shutdown();
        charts.shutdown();
    }
}
