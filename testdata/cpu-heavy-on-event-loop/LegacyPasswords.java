package testdata.cpu_heavy_on_event_loop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The password scheme of the old shop: one salted SHA-256 digest. Its hashpw() shares only the
 * name with jBCrypt's; a single digest is cheap (and weak, which is why accounts are migrated).
 */
public final class LegacyPasswords {

    private LegacyPasswords() {
    }

    public static String hashpw(String password, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((salt + password).getBytes(StandardCharsets.UTF_8)); // ok: cpu-heavy-on-event-loop
            return salt + "$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
