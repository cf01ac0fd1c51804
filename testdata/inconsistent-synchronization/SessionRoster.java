package testdata.inconsistent_synchronization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is online in the support chat. Logins, logouts and expiry hold the roster's monitor; the
 * dashboard's count, the presence check, the admin's "kick everyone" and the touch counter were
 * added later without it, and read or change the HashMap while another thread rehashes it.
 */
public class SessionRoster {

    private final Map<String, Long> lastSeen = new HashMap<>();
    private int touches;

    public synchronized void login(String agentId, long nowMillis) {
        lastSeen.put(agentId, nowMillis);
        touches++;
    }

    public synchronized void logout(String agentId) {
        lastSeen.remove(agentId);
        touches++;
    }

    public synchronized void expire(long cutoffMillis) {
        lastSeen.values().removeIf(seen -> seen < cutoffMillis);
        touches++;
    }

    public synchronized void touch(String agentId, long nowMillis) {
        lastSeen.put(agentId, nowMillis);
        touches++;
    }

    public synchronized Long lastSeenOf(String agentId) {
        return lastSeen.get(agentId);
    }

    public synchronized List<String> online() {
        return sortedIds();
    }

    /** Only called from online(), which holds the monitor. */
    private List<String> sortedIds() {
        List<String> ids = new ArrayList<>(lastSeen.keySet()); // ok: inconsistent-synchronization
        ids.sort(null);
        return ids;
    }

    public int onlineCount() {
        return lastSeen.size(); // expect: inconsistent-synchronization
    }

    public boolean isOnline(String agentId) {
        return lastSeen.containsKey(agentId); // expect: inconsistent-synchronization
    }

    public void kickEveryone() {
        lastSeen.clear(); // expect: inconsistent-synchronization
    }

    public void heartbeat() {
        touches++; // expect: inconsistent-synchronization
    }

    public int touches() {
        // the value itself, read without the lock: reported only against a declared @GuardedBy
        return touches; // ok: inconsistent-synchronization
    }

    @Override
    public String toString() {
        return "SessionRoster" + lastSeen.keySet(); // ok: inconsistent-synchronization
    }
}
