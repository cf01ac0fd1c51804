package testdata.inconsistent_synchronization;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Price list of the web shop, replaced wholesale by the nightly import. Lookups take the read
 * lock, the import and the purge take the write lock (both are the same ReadWriteLock); the
 * cache-busting version() and the export skip it.
 */
public class PriceCatalog {

    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private Map<String, BigDecimal> prices = Map.of();
    private long version;

    public void replaceAll(Map<String, BigDecimal> imported) {
        rw.writeLock().lock();
        try {
            prices = Map.copyOf(imported); // ok: inconsistent-synchronization
            version++;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public void purge() {
        rw.writeLock().lock();
        try {
            prices = Map.of();
            version++;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public Optional<BigDecimal> price(String sku) {
        rw.readLock().lock();
        try {
            return Optional.ofNullable(prices.get(sku)); // ok: inconsistent-synchronization
        } finally {
            rw.readLock().unlock();
        }
    }

    public String etag() {
        rw.readLock().lock();
        try {
            return "\"v" + version + "-" + prices.size() + "\"";
        } finally {
            rw.readLock().unlock();
        }
    }

    public long version() {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        return version; // ok: inconsistent-synchronization
    }

    public Map<String, BigDecimal> export() {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        return prices; // ok: inconsistent-synchronization
    }
}
