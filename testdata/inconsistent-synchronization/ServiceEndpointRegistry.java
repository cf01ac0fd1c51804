package testdata.inconsistent_synchronization;

import java.util.ArrayList;
import java.util.List;

/**
 * Process-wide registry of downstream service endpoints, all static. Registration goes through
 * static synchronized methods or a block on the class object (the same monitor); the load
 * balancer's pick() and the staleness check read without it.
 */
public final class ServiceEndpointRegistry {

    private static List<String> endpoints = List.of();
    private static int generation;
    private static String preferredZone;

    static {
        generation = 1; // ok: inconsistent-synchronization
        preferredZone = System.getProperty("registry.zone", "eu-west-1");
    }

    private ServiceEndpointRegistry() {
    }

    public static synchronized void register(String endpoint) {
        List<String> next = new ArrayList<>(endpoints);
        next.add(endpoint);
        endpoints = List.copyOf(next);
        generation++;
    }

    public static void deregisterAll() {
        synchronized (ServiceEndpointRegistry.class) {
            endpoints = List.of(); // ok: inconsistent-synchronization
            generation++;
        }
    }

    public static synchronized List<String> endpoints() {
        return endpoints;
    }

    public static synchronized int generation() {
        return generation;
    }

    public static String pick(int requestHash) {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        List<String> current = endpoints; // ok: inconsistent-synchronization
        return current.isEmpty() ? null : current.get(Math.floorMod(requestHash, current.size()));
    }

    public static boolean isStale(int seenGeneration) {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        return seenGeneration != generation; // ok: inconsistent-synchronization
    }

    public static String preferredZone() {
        return preferredZone; // ok: inconsistent-synchronization
    }
}
