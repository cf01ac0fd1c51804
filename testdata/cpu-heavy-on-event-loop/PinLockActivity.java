package testdata.cpu_heavy_on_event_loop;

import android.app.Activity;
import android.os.Bundle;
import android.widget.Button;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.math.BigInteger;
import org.mindrot.jbcrypt.BCrypt;

/** PIN lock screen of the expenses app; onCreate and click listeners run on the main thread. */
public class PinLockActivity extends Activity {

    private static final String PIN_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6.B5pEwKBQF1ZoHP1Ic9jXK";
    private static final String LICENCE = "expenses-pro:2026.c2lnbmF0dXJl";

    private final LicenseVerifier licences = new LicenseVerifier(BigInteger.ONE.shiftLeft(4096).subtract(BigInteger.ONE),
            BigInteger.valueOf(65_537));

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        TextView status = new TextView(this);
        boolean licensed = licences.isGenuine(LICENCE); // expect: cpu-heavy-on-event-loop
        status.setText(licensed ? "Pro edition" : "Free edition");
        EditText pin = new EditText(this);
        Button unlock = new Button(this);
        unlock.setText("Unlock");
        unlock.setOnClickListener(v -> {
            boolean matches = BCrypt.checkpw(pin.getText().toString(), PIN_HASH); // expect: cpu-heavy-on-event-loop
            status.setText(matches ? "unlocked" : "wrong PIN");
        });
        Button change = new Button(this);
        change.setText("Change PIN");
        change.setOnClickListener(v -> new PinRehashTask(status).execute(pin.getText().toString()));
        LinearLayout layout = new LinearLayout(this);
        layout.setOrientation(LinearLayout.VERTICAL);
        layout.addView(status);
        layout.addView(pin);
        layout.addView(unlock);
        layout.addView(change);
        setContentView(layout);
    }
}
