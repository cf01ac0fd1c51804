package testdata.thread_unsafe_object_shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Renders shipping labels for a pick wave. The parallel streams run their lambdas on the common
 * pool, so whatever they add to must be thread-safe, or be built by the stream itself (collect).
 */
public class ShipmentLabelBatcher {

    public record Parcel(String trackingId, String carrier, String zone) {}

    private final Map<String, Integer> labelsPerCarrier = new HashMap<>();
    private final Map<String, Integer> parcelsPerZone = new ConcurrentHashMap<>();

    public List<String> renderAll(List<Parcel> parcels) {
        List<String> labels = new ArrayList<>();
        parcels.parallelStream().forEach(p -> labels.add(render(p))); // expect: thread-unsafe-object-shared
        return labels;
    }

    public List<String> trackingIds(List<Parcel> parcels) {
        List<String> ids = new ArrayList<>();
        parcels.parallelStream().map(Parcel::trackingId).forEach(ids::add); // expect: thread-unsafe-object-shared
        return ids;
    }

    public void countByCarrier(List<Parcel> parcels) {
        IntStream.range(0, parcels.size()).parallel().forEach(i -> tally(parcels.get(i).carrier()));
    }

    private void tally(String carrier) {
        labelsPerCarrier.merge(carrier, 1, Integer::sum); // expect: thread-unsafe-object-shared
    }

    public void countByZone(List<Parcel> parcels) {
        parcels.parallelStream().forEach(p -> parcelsPerZone.merge(p.zone(), 1, Integer::sum)); // ok: thread-unsafe-object-shared
    }

    public List<String> unroutable(List<Parcel> parcels, Set<String> contractedCarriers) {
        List<String> rejected = new CopyOnWriteArrayList<>();
        parcels.parallelStream()
                .filter(p -> !contractedCarriers.contains(p.carrier()))
                .forEach(p -> rejected.add(p.trackingId())); // ok: thread-unsafe-object-shared
        return rejected;
    }

    public List<String> manifestLines(List<Parcel> parcels) {
        return parcels.parallelStream().map(this::render).collect(Collectors.toList()); // ok: thread-unsafe-object-shared
    }

    public List<String> printOrder(List<Parcel> parcels) {
        List<String> ordered = new ArrayList<>();
        parcels.stream().map(Parcel::trackingId).forEach(ordered::add); // ok: thread-unsafe-object-shared
        return ordered;
    }

    public List<String> zones(List<Parcel> parcels) {
        List<String> zones = new ArrayList<>();
        parcels.forEach(p -> zones.add(p.zone())); // ok: thread-unsafe-object-shared
        return zones;
    }

    public int labelsFor(String carrier) {
        return labelsPerCarrier.getOrDefault(carrier, 0);
    }

    private String render(Parcel p) {
        StringBuilder label = new StringBuilder(64);
        label.append(p.carrier()).append('|').append(p.zone()).append('|').append(p.trackingId()); // ok: thread-unsafe-object-shared
        return label.toString();
    }
}
