package testdata.cpu_heavy_on_event_loop;

import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt at cost 12: about a quarter of a second of CPU per hash or check, by design. Nothing
 * here is on an event loop by itself; callers decide where it runs.
 */
public class PasswordHasher {

    private static final int COST = 12;

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public boolean verify(String password, String storedHash) {
        return BCrypt.checkpw(password, storedHash);
    }
}
