package testdata.blocking_call_on_event_loop;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Bootstrap: reads configuration on the main thread, then deploys the verticles. */
public final class FulfilmentLauncher {

    private FulfilmentLauncher() {
    }

    public static void main(String[] args) throws IOException {
        JsonObject config = new JsonObject(Files.readString(Path.of("config", "fulfilment.json"))); // ok: blocking-call-on-event-loop
        OrderDao orderDao = new OrderDao(Databases.lookup("orders"));
        OrderService orderService = new OrderService(orderDao, Path.of(config.getString("invoiceTemplate")));
        CatalogRepository catalog = new CatalogRepository(Databases.lookup("catalog"));
        Clock clock = Clock.systemUTC();

        Vertx vertx = Vertx.vertx(); // ok: nested-event-loop
        vertx.deployVerticle(new OrderVerticle(orderService, new LocalCache<>(Duration.ofSeconds(30), clock)));
        vertx.deployVerticle(new PricingVerticle());
        vertx.deployVerticle(new ReportVerticle(orderService));
        vertx.deployVerticle(new CheckoutVerticle(catalog,
                new PromotionRules(Map.of("SALE-", new BigDecimal("0.20"))),
                new PaymentGateway(config.getString("paymentsUrl")),
                Path.of(config.getString("receiptsDir"))));
        vertx.deployVerticle(new ChatRoomVerticle(new ChatRoom(),
                new IpBlocklist(Duration.ofMinutes(15), clock), new PendingAcks(),
                new ChatArchive(Path.of("var", "chat.log")), new LocalCache<>(Duration.ofHours(1), clock)));
        vertx.deployVerticle(new InvoiceWorkerVerticle(orderService),
                new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER));
        vertx.deployVerticle(new LedgerExportVerticle(orderDao, Path.of(config.getString("exportDir"))),
                new DeploymentOptions().setWorker(true).setWorkerPoolSize(2));
    }
}
