package testdata.blocking_call_on_event_loop;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Exchange status client. The blocking HTTP call runs on Schedulers.io(); callers get a
 * lazy Single and decide how to wait for it.
 */
public class MarketStatusApi {

    private final HttpClient http;
    private final URI statusUri;

    public MarketStatusApi(HttpClient http, URI statusUri) {
        this.http = http;
        this.statusUri = statusUri;
    }

    public Single<String> currentStatus() {
        return Single.fromCallable(() -> {
                    HttpRequest request = HttpRequest.newBuilder(statusUri).GET().build();
                    return http.send(request, HttpResponse.BodyHandlers.ofString()).body(); // ok: blocking-call-on-event-loop
                })
                .subscribeOn(Schedulers.io());
    }
}
