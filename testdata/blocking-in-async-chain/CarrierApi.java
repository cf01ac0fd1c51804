package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Synchronous client for the carrier's ETA endpoint (JDK HttpClient.send). */
public class CarrierApi {

    private final HttpClient http;
    private final URI baseUri;

    public CarrierApi(HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    public Instant fetchEta(String trackingId) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/v2/eta/" + trackingId)).GET().build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return Instant.parse(body.trim());
        } catch (IOException e) {
            throw new UncheckedIOException("ETA request failed for " + trackingId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching ETA for " + trackingId, e);
        }
    }
}
