package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Posts events to the partner's webhook with OkHttp's synchronous execute(). */
public class WebhookNotifier {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String webhookUrl;

    public WebhookNotifier(OkHttpClient http, String webhookUrl) {
        this.http = http;
        this.webhookUrl = webhookUrl;
    }

    public boolean deliver(String customerId, Integer balance) {
        String json = "{\"customer\":\"" + customerId + "\",\"balance\":" + balance + "}";
        Request request = new Request.Builder().url(webhookUrl).post(RequestBody.create(json, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            return response.isSuccessful();
        } catch (IOException e) {
            throw new UncheckedIOException("webhook delivery failed for " + customerId, e);
        }
    }
}
