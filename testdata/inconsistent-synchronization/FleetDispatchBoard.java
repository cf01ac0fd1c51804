package testdata.inconsistent_synchronization;

import net.jcip.annotations.GuardedBy;

import java.util.ArrayList;
import java.util.List;

/**
 * Trucks waiting at the depot, guarded by the lock object the depot registry owns: the annotation
 * names it by its path, the synchronized blocks reach it the same way.
 */
public class FleetDispatchBoard {

    /** Holds the lock every board of one depot shares. */
    public static final class DepotRegistry {
        final Object lock = new Object();
    }

    private final DepotRegistry registry;

    @GuardedBy("registry.lock")
    private final List<String> waiting = new ArrayList<>();

    public FleetDispatchBoard(DepotRegistry registry) {
        this.registry = registry;
    }

    public void arrive(String truck) {
        synchronized (registry.lock) {
            waiting.add(truck); // ok: inconsistent-synchronization
        }
    }

    public String dispatchNext() {
        synchronized (registry.lock) {
            return waiting.isEmpty() ? null : waiting.remove(0); // ok: inconsistent-synchronization
        }
    }

    public boolean isWaiting(String truck) {
        return waiting.contains(truck); // expect: inconsistent-synchronization
    }
}
