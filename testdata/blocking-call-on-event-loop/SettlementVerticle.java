package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;

/**
 * Settlement endpoints. A lambda given to a project method runs on the event loop only when that
 * method (or a helper it forwards the lambda to) calls it: a stored callback runs who knows when,
 * and one handed to executeBlocking runs on a worker.
 */
public class SettlementVerticle extends AbstractVerticle {

    private final OrderService orderService;

    public SettlementVerticle(OrderService orderService) {
        this.orderService = orderService;
    }

    @Override
    public void start() {
        SettlementHooks hooks = new SettlementHooks(vertx);
        Router router = Router.router(vertx);

        router.post("/settlements/:day/subscribe").handler(ctx -> {
            String day = ctx.pathParam("day");
            String who = ctx.request().getHeader("x-user");
            hooks.onSettled(() -> AuditTrail.record(who + " notified of settlement " + day)); // ok: blocking-call-on-event-loop
            ctx.response().setStatusCode(202).end();
        });

        router.get("/settlements/:day/summary").handler(ctx -> {
            String day = ctx.pathParam("day");
            String summary = hooks.measured("summary", () -> orderService.dailySummary(day)); // expect: blocking-call-on-event-loop
            ctx.response().end(summary);
        });

        router.post("/settlements/:day/archive").handler(ctx -> {
            String day = ctx.pathParam("day");
            hooks.inBackground(() -> AuditTrail.record("settlement " + day + " archived")) // ok: blocking-call-on-event-loop
                    .onSuccess(done -> ctx.response().setStatusCode(204).end())
                    .onFailure(ctx::fail);
        });

        vertx.createHttpServer().requestHandler(router).listen(8087);
    }
}
