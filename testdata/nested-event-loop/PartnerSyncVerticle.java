package testdata.nested_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Partner synchronisation. Pools created once, in a field or in start(), are fine; a second Vert.x
 * runtime, or a new pool per request, multiplies threads with every call.
 */
public class PartnerSyncVerticle extends AbstractVerticle {

    private final ExecutorService auditPool = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
    private final PartnerExporter exporter;
    private ExecutorService reportPool;

    public PartnerSyncVerticle(PartnerExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public void start() {
        reportPool = Executors.newFixedThreadPool(2); // ok: nested-event-loop
        exporter.exportAll("warehouse", List.of("startup")); // ok: nested-event-loop
        HttpClient partners = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2)).createHttpClient(); // expect: nested-event-loop
        Router router = Router.router(vertx);
        router.post("/partners/:partner/sync").handler(ctx -> {
            String partner = ctx.pathParam("partner");
            ExecutorService fanOut = Executors.newFixedThreadPool(4); // expect: nested-event-loop
            fanOut.execute(() -> auditPool.execute(() -> System.out.println("sync requested by " + partner)));
            fanOut.shutdown();
            ctx.response().setStatusCode(202).end();
        });
        router.post("/partners/:partner/export").handler(ctx -> {
            exporter.exportAll(ctx.pathParam("partner"), ctx.queryParams().getAll("change")); // expect: nested-event-loop
            ctx.response().setStatusCode(202).end();
        });
        router.get("/partners/:partner/report").handler(ctx -> {
            String partner = ctx.pathParam("partner");
            reportPool.execute(() -> auditPool.execute(() -> System.out.println("report for " + partner)));
            ctx.response().setStatusCode(202).end(exporter.lastPushed(partner));
        });
        router.get("/partners/:partner/ping").handler(ctx ->
                partners.request(HttpMethod.GET, 443, ctx.pathParam("partner") + ".example.com", "/health")
                        .compose(HttpClientRequest::send)
                        .onSuccess(response -> ctx.response().setStatusCode(response.statusCode()).end())
                        .onFailure(ctx::fail));
        vertx.createHttpServer().requestHandler(router).listen(8092);
    }

    @Override
    public void stop() {
        reportPool.shutdown();
        auditPool.shutdown();
    }
}
