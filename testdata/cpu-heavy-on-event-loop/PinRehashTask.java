package testdata.cpu_heavy_on_event_loop;

import android.os.AsyncTask;
import android.widget.TextView;
import org.mindrot.jbcrypt.BCrypt;

/** Hashes a new PIN for PinLockActivity: doInBackground runs on AsyncTask's background executor. */
public class PinRehashTask extends AsyncTask<String, Void, String> {

    private final TextView status;

    public PinRehashTask(TextView status) {
        this.status = status;
    }

    @Override
    protected String doInBackground(String... pins) {
        return BCrypt.hashpw(pins[0], BCrypt.gensalt(10)); // ok: cpu-heavy-on-event-loop
    }

    @Override
    protected void onPostExecute(String hash) {
        status.setText("PIN changed (" + hash.substring(0, 7) + "...)");
    }
}
