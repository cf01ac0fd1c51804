package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Checkout: a synchronous lambda host, Mono.block, a Future callback, and sendAsync. */
public class CheckoutVerticle extends AbstractVerticle {

    private final CatalogRepository catalog;
    private final PromotionRules promotions;
    private final PaymentGateway payments;
    private final Path receiptsDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ConcurrentMap<String, BigDecimal> unitPrices = new ConcurrentHashMap<>();

    public CheckoutVerticle(CatalogRepository catalog, PromotionRules promotions,
                            PaymentGateway payments, Path receiptsDir) {
        this.catalog = catalog;
        this.promotions = promotions;
        this.payments = payments;
        this.receiptsDir = receiptsDir;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.post("/checkout/:sku").handler(ctx -> {
            String sku = ctx.pathParam("sku");
            BigDecimal unit = unitPrices.computeIfAbsent(sku,
                    key -> catalog.unitPrice(key)); // expect: blocking-call-on-event-loop
            BigDecimal total = promotions.execute(sku, unit); // ok: blocking-call-on-event-loop, cpu-heavy-on-event-loop
            String paymentId = payments.authorize(sku, total).block(); // expect: blocking-call-on-event-loop
            vertx.eventBus().<String>request("inventory.reserve", sku)
                    .onSuccess(reply -> {
                        try {
                            Files.writeString(receiptsDir.resolve(paymentId + ".txt"), reply.body()); // expect: blocking-call-on-event-loop
                            ctx.response().end(paymentId);
                        } catch (IOException e) {
                            ctx.fail(e);
                        }
                    })
                    .onFailure(ctx::fail);
        });
        router.get("/checkout/:sku/shipping").handler(ctx -> {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("https://shipping.example.com/quote/" + ctx.pathParam("sku"))).build();
            Future.fromCompletionStage(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()), context) // ok: blocking-call-on-event-loop
                    .onSuccess(response -> ctx.response().end(response.body()))
                    .onFailure(ctx::fail);
        });
        vertx.createHttpServer().requestHandler(router).listen(8082);
    }
}
