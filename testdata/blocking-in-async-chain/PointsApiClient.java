package testdata.blocking_in_async_chain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Non-blocking client of the points service: sendAsync plus cheap parsing callbacks. */
public class PointsApiClient {

    private final HttpClient http;
    private final URI baseUri;

    public PointsApiClient(HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    public CompletableFuture<Integer> creditAsync(String customerId, int points) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/points/" + customerId + "/credit"))
                .POST(HttpRequest.BodyPublishers.ofString(Integer.toString(points)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()) // ok: blocking-in-async-chain
                .thenApply(response -> Integer.parseInt(response.body().trim())); // ok: blocking-in-async-chain
    }

    public CompletableFuture<Integer> expireAsync(String customerId) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/points/" + customerId + "/expire"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body)
                .thenApply(body -> Integer.parseInt(body.trim())); // ok: blocking-in-async-chain
    }
}
