package testdata.blocking_in_async_chain;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.client.RestTemplate;

/**
 * Shipment ETAs computed "asynchronously" on the ForkJoin common pool: every blocking call
 * below occupies one of its few threads (cores - 1).
 */
public class ShipmentEtaService {

    private final CarrierApi carrier;
    private final DeliveryLedger ledger;
    private final RestTemplate restTemplate;

    public ShipmentEtaService(CarrierApi carrier, DeliveryLedger ledger, RestTemplate restTemplate) {
        this.carrier = carrier;
        this.ledger = ledger;
        this.restTemplate = restTemplate;
    }

    public CompletableFuture<Instant> refreshEta(String trackingId) {
        return CompletableFuture.supplyAsync(() -> carrier.fetchEta(trackingId)) // expect: blocking-in-async-chain
                .thenApply(eta -> {
                    ledger.recordEta(trackingId, eta); // expect: blocking-in-async-chain
                    return eta;
                });
    }

    public CompletableFuture<String> trackingPage(String trackingId) {
        return CompletableFuture.supplyAsync(() ->
                restTemplate.getForObject("https://track.example.com/{id}", String.class, trackingId)); // expect: blocking-in-async-chain
    }

    public CompletableFuture<Boolean> isLate(String trackingId, Instant promised) {
        return CompletableFuture.supplyAsync(() -> promised.plusSeconds(3_600)) // ok: blocking-in-async-chain
                .thenApply(deadline -> deadline.isBefore(Instant.now())); // ok: blocking-in-async-chain
    }
}
