package testdata.blocking_call_on_event_loop;

import android.view.View;
import android.widget.TextView;
import java.io.IOException;

/** "Sync now" button of the scanner app; onClick runs on the Android main thread. */
public class SyncClickListener implements View.OnClickListener {

    private final PendingUploadsClient uploads;
    private final TextView status;

    public SyncClickListener(PendingUploadsClient uploads, TextView status) {
        this.uploads = uploads;
        this.status = status;
    }

    @Override
    public void onClick(View view) {
        view.setEnabled(false);
        try {
            int pushed = uploads.pushPending(); // expect: blocking-call-on-event-loop
            status.setText("synced " + pushed + " scans");
        } catch (IOException e) {
            status.setText("sync failed: " + e.getMessage());
        } finally {
            view.setEnabled(true);
        }
    }
}
