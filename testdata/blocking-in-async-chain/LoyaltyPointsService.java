package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

/**
 * Non-async callbacks run on whichever thread completes the previous stage: here the
 * HttpClient's internal executor, which is not meant for blocking work.
 */
public class LoyaltyPointsService {

    private final PointsApiClient pointsApi;
    private final LoyaltyLedger ledger;
    private final WebhookNotifier notifier;
    private final HttpClient http;
    private final Path deadLetters;

    public LoyaltyPointsService(PointsApiClient pointsApi, LoyaltyLedger ledger, WebhookNotifier notifier,
                                HttpClient http, Path deadLetters) {
        this.pointsApi = pointsApi;
        this.ledger = ledger;
        this.notifier = notifier;
        this.http = http;
        this.deadLetters = deadLetters;
    }

    public CompletableFuture<Integer> award(String customerId, int points) {
        return pointsApi.creditAsync(customerId, points)
                .thenCompose(balance -> {
                    ledger.append(customerId, points); // expect: blocking-in-async-chain
                    return CompletableFuture.completedFuture(balance);
                })
                .handle((balance, error) -> {
                    if (error == null) {
                        return balance;
                    }
                    try {
                        Files.writeString(deadLetters, customerId + ";" + points + "\n", // expect: blocking-in-async-chain
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return -1;
                })
                .whenComplete((balance, error) -> notifier.deliver(customerId, balance)); // expect: blocking-in-async-chain
    }

    public CompletableFuture<Void> expire(String customerId) {
        return pointsApi.expireAsync(customerId)
                .thenAccept(expired -> {
                    HttpRequest notice = HttpRequest.newBuilder(URI.create("https://crm.example.com/notices"))
                            .POST(HttpRequest.BodyPublishers.ofString(customerId + " lost " + expired + " points"))
                            .build();
                    try {
                        http.send(notice, HttpResponse.BodyHandlers.discarding()); // expect: blocking-in-async-chain
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
