package testdata.blocking_call_on_event_loop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Asynchronous quote client: returns at once with a future completed by the HTTP client. */
public class QuoteApiClient {

    private final HttpClient http;
    private final URI baseUri;

    public QuoteApiClient(HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    public CompletableFuture<String> quote(String symbol) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/v1/quotes/" + symbol))
                .header("accept", "text/plain")
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body);
    }
}
