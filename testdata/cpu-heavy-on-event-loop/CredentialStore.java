package testdata.cpu_heavy_on_event_loop;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Password hashes by user name, kept in memory: lookups and stores are map operations. */
public class CredentialStore {

    private final ConcurrentMap<String, String> hashes = new ConcurrentHashMap<>();

    public String hashOf(String user) {
        return hashes.get(user);
    }

    public void store(String user, String hash) {
        hashes.put(user, hash);
    }

    public boolean exists(String user) {
        return hashes.containsKey(user);
    }
}
