package testdata.inconsistent_synchronization;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Cheapest fare for one route, refreshed from the airline feed. The fare and the currency are
 * annotated as guarded by the cache's monitor; the refresh time is not annotated but locked in
 * most places. A lambda written inside synchronized (this) runs later, without the monitor.
 */
public class FareQuoteCache {

    private final String route;

    @GuardedBy("this")
    private BigDecimal cheapestFare = BigDecimal.ZERO;

    @GuardedBy("this")
    private String currency;

    private long lastRefreshMillis;
    private int refreshes;

    public FareQuoteCache(String route, String currency) {
        this.route = route;
        this.currency = currency; // ok: inconsistent-synchronization
    }

    public synchronized void refresh(BigDecimal fare, long nowMillis) {
        cheapestFare = fare;
        lastRefreshMillis = nowMillis;
        refreshes++;
    }

    public synchronized boolean isStale(long nowMillis, long maxAgeMillis) {
        return nowMillis - lastRefreshMillis > maxAgeMillis;
    }

    public synchronized long lastRefreshMillis() {
        return lastRefreshMillis;
    }

    public synchronized int refreshes() {
        return refreshes;
    }

    public BigDecimal cheapestFare() {
        return cheapestFare; // expect: inconsistent-synchronization
    }

    public String quote(int passengers) {
        synchronized (this) {
            return cheapestFare.multiply(BigDecimal.valueOf(passengers)) + " " + currency; // ok: inconsistent-synchronization
        }
    }

    /** The only locked access to currency is a read; the annotation still makes this a defect. */
    public void switchCurrency(String newCurrency) {
        currency = newCurrency; // expect: inconsistent-synchronization
    }

    public Runnable auditHook(Consumer<String> audit) {
        synchronized (this) {
            refreshes++;
            // the value itself, read or written without the lock: reported only against a declared @GuardedBy
            return () -> audit.accept(route + " refreshed at " + lastRefreshMillis); // ok: inconsistent-synchronization
        }
    }

    public Runnable snapshotHook(Consumer<String> audit) {
        synchronized (this) {
            long refreshedAt = lastRefreshMillis; // ok: inconsistent-synchronization
            return () -> audit.accept(route + " refreshed at " + refreshedAt);
        }
    }
}
