package testdata.check_then_act;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Storage quota per tenant. The same check-then-act shapes as elsewhere, but every one of them
 * runs under the ledger's monitor, so no other thread can act in between.
 */
public class TenantQuotaLedger {

    private final ConcurrentMap<String, Long> quotaBytes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> usedBytes = new ConcurrentHashMap<>();
    private final AtomicLong totalUsed = new AtomicLong();

    public void grant(String tenant, long bytes) {
        synchronized (this) {
            if (!quotaBytes.containsKey(tenant)) { // ok: check-then-act
                quotaBytes.put(tenant, bytes);
            }
        }
    }

    public synchronized boolean charge(String tenant, long bytes) {
        Long used = usedBytes.get(tenant); // ok: check-then-act
        if (used == null) {
            used = 0L;
            usedBytes.put(tenant, used);
        }
        if (used + bytes > quotaBytes.getOrDefault(tenant, 0L)) {
            return false;
        }
        usedBytes.put(tenant, used + bytes);
        totalUsed.set(totalUsed.get() + bytes); // ok: check-then-act
        return true;
    }

    public synchronized void revoke(String tenant) {
        if (quotaBytes.containsKey(tenant)) { // ok: check-then-act
            totalUsed.set(totalUsed.get() - usedBytes.getOrDefault(tenant, 0L)); // ok: check-then-act
            quotaBytes.remove(tenant);
            usedBytes.remove(tenant);
        }
    }

    public long totalUsed() {
        return totalUsed.get();
    }
}
