package testdata.double_checked_locking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Process-wide registry of JDBC pool settings, built on first use. The registry itself is
 * double-checked on a plain static field: a caller that skips the lock can see the reference
 * before the constructor's writes. The shard slots are elements of a final array, not fields.
 */
public final class ConnectionPoolRegistry {

    public record PoolSettings(String url, int maxSize) {
    }

    private static ConnectionPoolRegistry instance;

    private final Map<String, PoolSettings> settingsByName = new ConcurrentHashMap<>();
    private final PoolSettings[] shards = new PoolSettings[8];

    private ConnectionPoolRegistry() {
        settingsByName.put("primary", new PoolSettings("jdbc:postgresql://db-primary/orders", 20));
        settingsByName.put("reporting", new PoolSettings("jdbc:postgresql://db-replica/orders", 5));
    }

    public static ConnectionPoolRegistry getInstance() {
        if (instance == null) { // expect: double-checked-locking
            synchronized (ConnectionPoolRegistry.class) {
                if (instance == null) {
                    instance = new ConnectionPoolRegistry();
                }
            }
        }
        return instance;
    }

    public PoolSettings shard(int index) {
        if (shards[index] == null) { // ok: double-checked-locking
            synchronized (shards) {
                if (shards[index] == null) {
                    shards[index] = new PoolSettings("jdbc:postgresql://db-shard-" + index + "/orders", 10);
                }
            }
        }
        return shards[index];
    }

    public PoolSettings settings(String name) {
        return settingsByName.getOrDefault(name, settingsByName.get("primary"));
    }
}
