package testdata.nested_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;

/**
 * Ledger synchronisation written in direct style. PartnerLauncher deploys it with
 * ThreadingModel.VIRTUAL_THREAD, where Future.await suspends a virtual thread, not an event loop.
 */
public class LedgerSyncVerticle extends AbstractVerticle {

    @Override
    public void start() {
        vertx.eventBus().<String>consumer("ledger.sync", msg -> {
            Future<Message<String>> balance = vertx.eventBus().request("ledger.balance", msg.body());
            Message<String> answer = Future.await(balance); // ok: nested-event-loop
            msg.reply(msg.body() + "=" + answer.body());
        });
    }
}
