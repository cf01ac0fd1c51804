package testdata.blocking_in_async_chain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Asks two freight carriers for a price at the same time. Callbacks after allOf(...) run once
 * every combined future is complete, so join() on those returns at once; joining a future that
 * is not part of the allOf, or joining the other quote from one quote's callback, still waits.
 */
public class FreightQuoteComparer {

    private final HttpClient http;
    private final URI expressCarrier;
    private final URI groundCarrier;
    private final URI fuelIndex;

    public FreightQuoteComparer(HttpClient http, URI expressCarrier, URI groundCarrier, URI fuelIndex) {
        this.http = http;
        this.expressCarrier = expressCarrier;
        this.groundCarrier = groundCarrier;
        this.fuelIndex = fuelIndex;
    }

    public CompletableFuture<String> cheapest(String parcelId) {
        CompletableFuture<BigDecimal> express = quote(expressCarrier, parcelId);
        CompletableFuture<BigDecimal> ground = quote(groundCarrier, parcelId);
        return CompletableFuture.allOf(express, ground)
                .thenApply(done -> express.join().min(ground.join()).toPlainString()); // ok: blocking-in-async-chain
    }

    public CompletableFuture<String> cheapestWithSurcharge(String parcelId) {
        CompletableFuture<BigDecimal> express = quote(expressCarrier, parcelId);
        CompletableFuture<BigDecimal> ground = quote(groundCarrier, parcelId);
        CompletableFuture<BigDecimal> surcharge = quote(fuelIndex, parcelId);
        CompletableFuture<Void> bothCarriers = CompletableFuture.allOf(express, ground);
        return bothCarriers.thenApply(done -> {
            BigDecimal cheapest = express.join().min(ground.join()); // ok: blocking-in-async-chain
            return cheapest.add(surcharge.join()).toPlainString(); // expect: blocking-in-async-chain
        });
    }

    public CompletableFuture<String> priceSheet(String parcelId) {
        CompletableFuture<BigDecimal> express = quote(expressCarrier, parcelId);
        CompletableFuture<BigDecimal> ground = quote(groundCarrier, parcelId);
        return CompletableFuture.allOf(express, ground)
                .thenApplyAsync(done -> "express=" + express.join() + ";ground=" + ground.join()); // ok: blocking-in-async-chain
    }

    public CompletableFuture<String> spread(String parcelId) {
        CompletableFuture<BigDecimal> express = quote(expressCarrier, parcelId);
        CompletableFuture<BigDecimal> ground = quote(groundCarrier, parcelId);
        return express.thenApply(price -> price.subtract(ground.join()).toPlainString()); // expect: blocking-in-async-chain
    }

    private CompletableFuture<BigDecimal> quote(URI endpoint, String parcelId) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/rates/" + parcelId)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new BigDecimal(response.body().trim()));
    }
}
