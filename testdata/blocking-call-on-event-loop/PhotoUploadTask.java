package testdata.blocking_call_on_event_loop;

import android.os.AsyncTask;
import android.widget.TextView;
import java.io.File;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * Uploads saved photos for ScannerActivity. doInBackground runs on AsyncTask's background
 * executor; onPostExecute runs on the main thread.
 */
public class PhotoUploadTask extends AsyncTask<File, Void, Integer> {

    private final OkHttpClient http;
    private final TextView status;

    public PhotoUploadTask(OkHttpClient http, TextView status) {
        this.http = http;
        this.status = status;
    }

    @Override
    protected Integer doInBackground(File... directories) {
        try {
            return new PendingUploadsClient(http, directories[0], ScannerActivity.API + "photos").pushPending(); // ok: blocking-call-on-event-loop
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    protected void onPostExecute(Integer uploaded) {
        status.setText(uploaded < 0 ? "upload failed" : uploaded + " photos uploaded");
    }
}
