package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stock report routes registered as method references. The finding for a handler method is
 * inside it, at its blocking call. this::summary may mean either summary overload, and only the
 * one taking a product id blocks (it runs in executeBlocking), so that reference is not followed.
 */
public class StockReportVerticle extends AbstractVerticle {

    private final CatalogRepository catalog;
    private final Path reportDir;

    public StockReportVerticle(CatalogRepository catalog, Path reportDir) {
        this.catalog = catalog;
        this.reportDir = reportDir;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/stock/report").handler(this::stockReport); // ok: blocking-call-on-event-loop
        router.get("/stock/:id/summary").handler(this::summary); // ok: blocking-call-on-event-loop
        vertx.createHttpServer().requestHandler(router).listen(8089);
    }

    private void stockReport(RoutingContext ctx) {
        try {
            String report = Files.readString(reportDir.resolve("stock.csv")); // expect: blocking-call-on-event-loop
            ctx.response().putHeader("content-type", "text/csv").end(report);
        } catch (IOException e) {
            ctx.fail(500, e);
        }
    }

    private void summary(RoutingContext ctx) {
        long productId = Long.parseLong(ctx.pathParam("id"));
        vertx.executeBlocking(() -> summary(productId))
                .onSuccess(text -> ctx.response().end(text))
                .onFailure(ctx::fail);
    }

    private String summary(long productId) {
        return catalog.describe(productId) + ", in stock: " + catalog.stockLevel(productId); // ok: blocking-call-on-event-loop
    }
}
