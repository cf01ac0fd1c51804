package testdata.blocking_call_on_event_loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Temporary bans for abusive clients. block() bans an address; it does not block a thread. */
public class IpBlocklist {

    private final ConcurrentMap<String, Instant> bannedUntil = new ConcurrentHashMap<>();
    private final Duration banLength;
    private final Clock clock;

    public IpBlocklist(Duration banLength, Clock clock) {
        this.banLength = banLength;
        this.clock = clock;
    }

    public void block(String address) {
        bannedUntil.put(address, clock.instant().plus(banLength));
    }

    public boolean isBlocked(String address) {
        Instant until = bannedUntil.get(address); // ok: check-then-act
        return until != null && until.isAfter(clock.instant());
    }

    public void unblock(String address) {
        bannedUntil.remove(address);
    }
}
