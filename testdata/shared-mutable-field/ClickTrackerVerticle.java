package testdata.shared_mutable_field;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;

/**
 * Counts ad clicks per minute. The route handler and the periodic report both run on this
 * verticle's event loop, one after the other, so the plain counters need no lock.
 */
public class ClickTrackerVerticle extends AbstractVerticle {

    private final int port;

    private long clicks;
    private long reportedClicks;
    private String lastCampaign = "none";

    public ClickTrackerVerticle(int port) {
        this.port = port;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.post("/clicks/:campaign").handler(ctx -> {
            clicks++; // ok: shared-mutable-field
            lastCampaign = ctx.pathParam("campaign"); // ok: shared-mutable-field
            ctx.response().setStatusCode(204).end();
        });
        vertx.setPeriodic(60_000, timerId -> publishMinute());
        vertx.createHttpServer().requestHandler(router).listen(port);
    }

    private void publishMinute() {
        long delta = clicks - reportedClicks; // ok: shared-mutable-field
        reportedClicks = clicks; // ok: shared-mutable-field
        vertx.eventBus().publish("clicks.per-minute", delta + " clicks, last campaign " + lastCampaign);
    }
}
