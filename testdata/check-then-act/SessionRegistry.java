package testdata.check_then_act;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Logged-in web sessions by id, shared by all request threads. login() and logout() test the map
 * and then change it in two steps; renew() and lookup() stay within single map operations.
 */
public class SessionRegistry {

    public record UserSession(String id, String user, Instant lastSeen) {
    }

    private final ConcurrentHashMap<String, UserSession> sessions = new ConcurrentHashMap<>();
    private final LongAdder logouts = new LongAdder();

    public boolean login(String id, String user) {
        if (!sessions.containsKey(id)) { // expect: check-then-act
            sessions.put(id, new UserSession(id, user, Instant.now()));
            return true;
        }
        return false;
    }

    public void logout(String id) {
        if (this.sessions.containsKey(id)) { // expect: check-then-act
            logouts.increment(); // ok: check-then-act
            this.sessions.remove(id);
        }
    }

    public boolean loginOnce(String id, String user) {
        return sessions.putIfAbsent(id, new UserSession(id, user, Instant.now())) == null; // ok: check-then-act
    }

    public void renew(String id) {
        sessions.computeIfPresent(id, (key, s) -> new UserSession(key, s.user(), Instant.now()));
    }

    public Optional<String> userOf(String id) {
        UserSession session = sessions.get(id); // ok: check-then-act
        if (session == null) {
            return Optional.empty();
        }
        return Optional.of(session.user());
    }

    public long logoutCount() {
        return logouts.sum();
    }
}
