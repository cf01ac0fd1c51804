package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Synchronous OkHttp client for the fraud scoring service. */
public class RiskScoreClient {

    private final OkHttpClient client;
    private final String baseUrl;

    public RiskScoreClient(OkHttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    public String score(String transactionId) {
        Request request = new Request.Builder()
                .url(baseUrl + "/v1/score/" + transactionId)
                .header("accept", "application/json")
                .build();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                return "{\"transaction\":\"" + transactionId + "\",\"score\":null}";
            }
            return body.string();
        } catch (IOException e) {
            throw new UncheckedIOException("risk scoring failed for " + transactionId, e);
        }
    }
}
