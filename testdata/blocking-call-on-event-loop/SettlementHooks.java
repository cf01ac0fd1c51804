package testdata.blocking_call_on_event_loop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Hooks around a settlement run. Each method treats its lambda differently: onSettled() only
 * stores it (it runs later, from settle(), on whichever thread settles), measured() passes it to
 * Timing.timed, which runs it in place, and inBackground() hands it to the worker pool.
 */
public class SettlementHooks {

    private final Vertx vertx;
    private final List<Runnable> afterSettlement = new CopyOnWriteArrayList<>();

    public SettlementHooks(Vertx vertx) {
        this.vertx = vertx;
    }

    public void onSettled(Runnable callback) {
        afterSettlement.add(callback);
    }

    public <T> T measured(String step, Supplier<T> work) {
        return Timing.timed("settlement." + step, work);
    }

    public Future<Void> inBackground(Runnable work) {
        return vertx.executeBlocking(() -> {
            work.run();
            return null;
        }, false);
    }

    /** Called by the nightly settlement job once the books are closed. */
    public void settle() {
        afterSettlement.forEach(Runnable::run);
    }
}
