package testdata.blocking_call_on_event_loop;

import android.app.Activity;
import android.os.Bundle;
import android.os.Environment;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Barcode scanner screen: lifecycle methods, click lambdas and runOnUiThread run on the main thread. */
public class ScannerActivity extends Activity {

    static final String API = "https://inventory.example.com/api/items/";
    private final OkHttpClient http = new OkHttpClient();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        TextView status = new TextView(this);
        try (FileInputStream lastScan = new FileInputStream(new File(getFilesDir(), "last-scan.txt"))) { // expect: blocking-call-on-event-loop
            byte[] code = new byte[64];
            int length = lastScan.read(code); // expect: blocking-call-on-event-loop
            status.setText("last scan: " + new String(code, 0, Math.max(length, 0), StandardCharsets.UTF_8));
        } catch (IOException e) {
            status.setText("no previous scan");
        }
        Button lookup = new Button(this);
        lookup.setText("Look up item");
        lookup.setOnClickListener(v -> {
            Request request = new Request.Builder().url(API + status.getText()).build();
            try (Response response = http.newCall(request).execute()) { // expect: blocking-call-on-event-loop
                status.setText(response.isSuccessful() ? "in stock" : "unknown item");
            } catch (IOException e) {
                status.setText("offline");
            }
        });
        Button check = new Button(this);
        check.setText("Check server");
        check.setOnClickListener(v -> http.newCall(new Request.Builder().url(API + "health").build()).enqueue(new Callback() { // ok: blocking-call-on-event-loop
            @Override
            public void onFailure(Call call, IOException e) {
                runOnUiThread(() -> status.setText("server unreachable"));
            }

            @Override
            public void onResponse(Call call, Response response) {
                response.close();
                String host = call.request().url().host();
                runOnUiThread(() -> status.setText(HostResolver.describe(host))); // expect: blocking-call-on-event-loop
            }
        }));
        Button upload = new Button(this);
        upload.setText("Upload photos");
        upload.setOnClickListener(v -> new PhotoUploadTask(http, status).execute( // ok: blocking-call-on-event-loop
                Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_PICTURES)));
        LinearLayout layout = new LinearLayout(this);
        layout.setOrientation(LinearLayout.VERTICAL);
        layout.addView(status);
        layout.addView(lookup);
        layout.addView(check);
        layout.addView(upload);
        setContentView(layout);
    }
}
