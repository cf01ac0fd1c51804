package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;

/**
 * Lambdas handed to project methods: Timing.timed runs its lambda in place (on the event
 * loop), BlockingOffloader.run and executeBlocking run theirs on the worker pool.
 */
public class ReportVerticle extends AbstractVerticle {

    private final OrderService orderService;

    public ReportVerticle(OrderService orderService) {
        this.orderService = orderService;
    }

    @Override
    public void start() {
        BlockingOffloader offloader = new BlockingOffloader(vertx);
        Router router = Router.router(vertx);

        router.get("/reports/daily/:day").handler(ctx -> {
            String day = ctx.pathParam("day");
            String summary = Timing.timed("daily-report", () ->
                    orderService.dailySummary(day)); // expect: blocking-call-on-event-loop
            ctx.response().end(summary);
        });

        router.get("/reports/monthly/:month").handler(ctx -> {
            String month = ctx.pathParam("month");
            offloader.run(() ->
                            orderService.monthlySummary(month)) // ok: blocking-call-on-event-loop
                    .onSuccess(report -> ctx.response().end(report))
                    .onFailure(ctx::fail);
        });

        router.get("/reports/invoices/:id").handler(ctx -> {
            long orderId = Long.parseLong(ctx.pathParam("id"));
            vertx.executeBlocking(() ->
                            orderService.renderInvoice(orderId)) // ok: blocking-call-on-event-loop
                    .onSuccess(invoice -> ctx.response().end(invoice))
                    .onFailure(ctx::fail);
        });

        router.post("/reports/audit").handler(ctx -> {
            String who = ctx.request().getHeader("x-user");
            offloader.runQuietly(() -> AuditTrail.record("report audit requested by " + who)) // ok: blocking-call-on-event-loop
                    .onComplete(done -> ctx.response().setStatusCode(204).end());
        });

        vertx.createHttpServer().requestHandler(router).listen(8081);
    }
}
