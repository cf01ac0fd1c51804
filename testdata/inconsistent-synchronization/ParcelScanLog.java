package testdata.inconsistent_synchronization;

import java.util.function.Consumer;
import net.jcip.annotations.GuardedBy;

/**
 * Scan history of one parcel. The fields are documented as guarded by the private lock, so every
 * access without it is a defect, even where the lock is taken in only a few places. The delivery
 * notice is built under the lock but runs later, on whichever thread calls it, without the lock.
 */
public class ParcelScanLog {

    private final Object lock = new Object();
    private final String trackingNumber;

    @GuardedBy("lock")
    private String lastDepot;

    @GuardedBy("lock")
    private int scanCount;

    public ParcelScanLog(String trackingNumber, String originDepot) {
        this.trackingNumber = trackingNumber;
        this.lastDepot = originDepot; // ok: inconsistent-synchronization
    }

    public void recordScan(String depot) {
        synchronized (lock) {
            lastDepot = depot; // ok: inconsistent-synchronization
            scanCount++;
        }
    }

    public int scanCount() {
        synchronized (lock) {
            return scanCount;
        }
    }

    /** One locked access against one unlocked: the counts alone would infer nothing. */
    public String lastDepot() {
        return lastDepot; // expect: inconsistent-synchronization
    }

    public void undoLastScan() {
        scanCount--; // expect: inconsistent-synchronization
    }

    public Runnable markDelivered(Consumer<String> sms) {
        synchronized (lock) {
            scanCount++; // ok: inconsistent-synchronization
            return new Runnable() {
                @Override
                public void run() {
                    sms.accept(trackingNumber + " delivered after " + scanCount + " scans"); // expect: inconsistent-synchronization
                }
            };
        }
    }
}
