package testdata.cpu_heavy_on_event_loop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Meeting-room bookings held in memory, per building. */
public class RoomBookings {

    public record Booking(String room, String owner, Instant start, Instant end, List<String> attendees) {
        boolean overlaps(Booking other) {
            return room.equals(other.room) && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    public record Recurrence(String series, List<Booking> occurrences) {
    }

    private final Map<String, List<Booking>> byBuilding = new ConcurrentHashMap<>();
    private final Map<String, Recurrence> series = new ConcurrentHashMap<>();

    public List<Booking> of(String building) {
        return byBuilding.getOrDefault(building, List.of());
    }

    public Optional<Recurrence> series(String id) {
        return Optional.ofNullable(series.get(id));
    }

    public void add(String building, Booking booking) {
        byBuilding.computeIfAbsent(building, b -> new CopyOnWriteArrayList<>()).add(booking);
    }

    public double noShowRate(String building) {
        return building.startsWith("HQ") ? 0.12 : 0.2;
    }
}
