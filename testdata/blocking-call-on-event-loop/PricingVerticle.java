package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** FX-rate pricing: blocking work in start(), in an event-bus consumer and in timers. */
public class PricingVerticle extends AbstractVerticle {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public void start() throws Exception {
        List<String> rateCard = Files.readAllLines(Path.of("config", "rate-card.csv")); // expect: blocking-call-on-event-loop
        int currencies = rateCard.size();

        vertx.eventBus().<String>consumer("pricing.fx-rate", msg -> {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("https://rates.example.com/v1/latest/" + msg.body())).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString()); // expect: blocking-call-on-event-loop
                msg.reply(response.body());
            } catch (IOException e) {
                msg.fail(502, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                msg.fail(503, "interrupted");
            }
        });

        vertx.setPeriodic(60_000, timerId -> {
            vertx.eventBus().publish("pricing.refresh", currencies);
            try {
                // the rate provider allows one refresh burst per second
                TimeUnit.SECONDS.sleep(1); // expect: blocking-call-on-event-loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        vertx.setTimer(5_000, timerId ->
                AuditTrail.record("pricing warmed up with " + currencies + " currencies")); // expect: blocking-call-on-event-loop
    }
}
