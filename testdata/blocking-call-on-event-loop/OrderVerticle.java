package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Order REST API. Handlers run on the verticle's event loop unless marked blocking. */
public class OrderVerticle extends AbstractVerticle {

    private final OrderService orderService;
    private final LocalCache<Long, String> statusCache;

    public OrderVerticle(OrderService orderService, LocalCache<Long, String> statusCache) {
        this.orderService = orderService;
        this.statusCache = statusCache;
    }

    @Override
    public void start(Promise<Void> startPromise) {
        Router router = Router.router(vertx);
        router.route("/orders/:id").handler(ctx -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            String cached = statusCache.get(id); // ok: blocking-call-on-event-loop
            if (cached != null) {
                ctx.response().end(cached);
                return;
            }
            String order = orderService.load(id); // expect: blocking-call-on-event-loop
            ctx.response().putHeader("content-type", "application/json").end(order);
        });
        router.post("/orders/:id/cancel").handler(this::cancel);
        router.get("/orders/:id/invoice").blockingHandler(ctx -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            String invoice = orderService.renderInvoice(id); // ok: blocking-call-on-event-loop
            ctx.response().end(invoice);
        });
        vertx.eventBus().<String>consumer("orders.status-changed", msg -> {
            String[] idAndStatus = msg.body().split(":", 2);
            statusCache.put(Long.parseLong(idAndStatus[0]), idAndStatus[1]);
        });
        vertx.createHttpServer()
                .requestHandler(router)
                .listen(8080)
                .onSuccess(server -> startPromise.complete())
                .onFailure(startPromise::fail);
    }

    private void cancel(RoutingContext ctx) {
        String orderId = ctx.pathParam("id");
        vertx.eventBus().publish("payments.refund-requested", orderId);
        try {
            // give the payment provider time to settle the refund before answering
            Thread.sleep(300); // expect: blocking-call-on-event-loop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ctx.response().setStatusCode(202).end();
    }
}
