package testdata.blocking_call_on_event_loop;

import java.util.concurrent.Executor;

/**
 * Runs each task on the calling thread after a fixed pause: a crude rate limit for the audit
 * sink, used in tests and small deployments instead of a queueing executor.
 */
public class CallerRunsExecutor implements Executor {

    private final long pauseMillis;

    public CallerRunsExecutor(long pauseMillis) {
        this.pauseMillis = pauseMillis;
    }

    @Override
    public void execute(Runnable task) {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        task.run();
    }
}
