package testdata.blocking_call_on_event_loop;

import java.io.File;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Pushes scans that were saved offline; uses OkHttp's synchronous Call.execute. */
public class PendingUploadsClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final File outbox;
    private final String endpoint;

    public PendingUploadsClient(OkHttpClient http, File outbox, String endpoint) {
        this.http = http;
        this.outbox = outbox;
        this.endpoint = endpoint;
    }

    public int pushPending() throws IOException {
        File[] pending = outbox.listFiles((dir, name) -> name.endsWith(".json"));
        int pushed = 0;
        for (File scan : pending == null ? new File[0] : pending) {
            Request request = new Request.Builder().url(endpoint).post(RequestBody.create(scan, JSON)).build();
            try (Response response = http.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    pushed++;
                }
            }
        }
        return pushed;
    }
}
