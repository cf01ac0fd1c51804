package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Parcel carrier tracking API called with the JDK HttpClient's synchronous send(). */
public class CarrierClient {

    private final HttpClient http;
    private final URI baseUri;

    public CarrierClient(HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    public String status(String trackingId) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/track/" + trackingId)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException("tracking failed for " + trackingId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tracking " + trackingId, e);
        }
    }
}
