package testdata.cpu_heavy_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Room-booking reports computed inside the route handlers: a pairwise overlap check grows with the
 * square of the bookings, and a million-draw simulation takes hundreds of milliseconds. Ranking
 * each booking into three fixed shifts is one pass over the bookings.
 */
public class BookingConflictVerticle extends AbstractVerticle {

    private final RoomBookings bookings;

    public BookingConflictVerticle(RoomBookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/buildings/:building/conflicts").handler(ctx -> {
            List<RoomBookings.Booking> all = bookings.of(ctx.pathParam("building"));
            JsonArray conflicts = new JsonArray();
            for (int i = 0; i < all.size(); i++) { // expect: cpu-heavy-on-event-loop
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).overlaps(all.get(j))) {
                        conflicts.add(all.get(i).owner() + " vs " + all.get(j).owner());
                    }
                }
            }
            ctx.response().end(conflicts.encode());
        });
        router.get("/buildings/:building/overbooking").handler(ctx -> {
            double noShow = bookings.noShowRate(ctx.pathParam("building"));
            int seats = Integer.parseInt(ctx.queryParams().get("seats"));
            int sold = Integer.parseInt(ctx.queryParams().get("sold"));
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int overflows = 0;
            for (int trial = 0; trial < 1_000_000; trial++) { // expect: cpu-heavy-on-event-loop
                double present = sold * (1 - noShow) + random.nextGaussian() * Math.sqrt(sold * noShow * (1 - noShow));
                overflows += present > seats ? 1 : 0;
            }
            ctx.response().end(String.valueOf(overflows / 1_000_000.0));
        });
        router.get("/buildings/:building/shifts").handler(ctx -> {
            int[] perShift = new int[3];
            for (RoomBookings.Booking booking : bookings.of(ctx.pathParam("building"))) { // ok: cpu-heavy-on-event-loop
                int hour = booking.start().atZone(ZoneOffset.UTC).getHour();
                for (int shift = 0; shift < 3; shift++) {
                    perShift[shift] += hour >= 8 * shift && hour < 8 * (shift + 1) ? 1 : 0;
                }
            }
            ctx.response().end(new JsonArray(List.of(perShift[0], perShift[1], perShift[2])).encode());
        });
        vertx.createHttpServer().requestHandler(router).listen(8091);
    }
}
