package testdata.blocking_call_on_event_loop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/**
 * Runs a task on the Vert.x worker pool and hands the result back on the caller's context.
 * A lambda given to run() therefore never executes on the event loop.
 */
public class BlockingOffloader {

    private final Vertx vertx;

    public BlockingOffloader(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> Future<T> run(Callable<T> task) {
        return vertx.executeBlocking(task, false);
    }

    public Future<Void> runQuietly(Runnable task) {
        return vertx.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
    }
}
