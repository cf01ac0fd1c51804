package testdata.cpu_heavy_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import java.util.Set;

/**
 * Room directory lookups. Loops here look like the ones in BookingConflictVerticle but stay small:
 * one pass over the request's own parameters, and an inner loop that sits in a lambda, not in the
 * handler's own body.
 */
public class RoomDirectoryVerticle extends AbstractVerticle {

    private static final Set<String> FILTERS = Set.of("room", "owner", "from", "to");

    private final RoomBookings bookings;

    public RoomDirectoryVerticle(RoomBookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/buildings/:building/search").handler(ctx -> {
            for (String filter : ctx.queryParams().names()) { // ok: cpu-heavy-on-event-loop
                if (!FILTERS.contains(filter)) {
                    ctx.response().setStatusCode(400).end("unknown filter " + filter);
                    return;
                }
            }
            ctx.response().end(new JsonArray(bookings.of(ctx.pathParam("building")).stream()
                    .map(RoomBookings.Booking::room).toList()).encode());
        });
        router.get("/series/:ids/attendees").handler(ctx -> {
            JsonArray attendees = new JsonArray();
            for (String id : ctx.pathParam("ids").split(",")) { // ok: cpu-heavy-on-event-loop
                bookings.series(id).ifPresent(recurrence -> {
                    for (RoomBookings.Booking occurrence : recurrence.occurrences()) {
                        attendees.add(occurrence.attendees().size());
                    }
                });
            }
            ctx.response().end(attendees.encode());
        });
        vertx.createHttpServer().requestHandler(router).listen(8094);
    }
}
