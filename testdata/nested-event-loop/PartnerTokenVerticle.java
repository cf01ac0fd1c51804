package testdata.nested_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.ext.web.Router;
import java.math.BigDecimal;

/**
 * Partner API gateway on a standard (event-loop) verticle. Future.await parks the calling thread
 * until the future completes: on the event loop that is also the thread that must complete it.
 */
public class PartnerTokenVerticle extends AbstractVerticle {

    private final RateCardClient rates;

    public PartnerTokenVerticle(RateCardClient rates) {
        this.rates = rates;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/partners/:partner/token").handler(ctx -> {
            Future<Message<String>> reply = vertx.eventBus().request("auth.token", ctx.pathParam("partner"));
            Message<String> token = Future.await(reply); // expect: nested-event-loop
            ctx.response().end(token.body());
        });
        router.get("/partners/:partner/price/:currency").handler(ctx -> {
            // the Reactor pipeline inside currentRate() is not this loop's: blocking the Vert.x loop
            BigDecimal rate = rates.currentRate(ctx.pathParam("currency")); // expect: blocking-call-on-event-loop
            ctx.response().end(rate.toPlainString());
        });
        vertx.createHttpServer().requestHandler(router).listen(8093);
    }
}
