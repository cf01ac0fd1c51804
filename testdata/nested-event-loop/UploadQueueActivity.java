package testdata.nested_event_loop;

import android.app.Activity;
import android.os.Bundle;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Receipt upload queue. onCreate runs once per activity instance; click listeners run per click. */
public class UploadQueueActivity extends Activity {

    private final ReceiptUploader uploader = new ReceiptUploader();
    private ExecutorService uploads;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        uploads = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
        TextView status = new TextView(this);
        Button flush = new Button(this);
        flush.setText("Upload all");
        flush.setOnClickListener(v -> {
            uploader.uploadAll(List.of("r-1001", "r-1002")); // expect: nested-event-loop
            status.setText("uploading");
        });
        Button one = new Button(this);
        one.setText("Upload next");
        one.setOnClickListener(v -> uploads.execute(() -> uploader.uploadAll(List.of("r-1003"))));
        LinearLayout layout = new LinearLayout(this);
        layout.addView(status);
        layout.addView(flush);
        layout.addView(one);
        setContentView(layout);
    }

    @Override
    protected void onDestroy() {
        uploads.shutdown();
        super.onDestroy();
    }
}
