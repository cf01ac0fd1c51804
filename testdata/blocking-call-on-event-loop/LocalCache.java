package testdata.blocking_call_on_event_loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-memory cache with a time-to-live. Its get and put never block: the names only look
 * like Future.get.
 */
public class LocalCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public LocalCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    public V get(K key) {
        Entry<V> entry = entries.get(key); // ok: check-then-act
        if (entry == null || entry.expiresAt().isBefore(clock.instant())) {
            return null;
        }
        return entry.value();
    }

    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant().plus(timeToLive)));
    }

    public int size() {
        return entries.size();
    }
}
