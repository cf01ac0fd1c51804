package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.pattern.Patterns;

/** Pekko actor: blocking inside match handlers, versus piping work done on a dedicated executor. */
public class ShipmentTrackerActor extends AbstractActor {

    public record TrackShipment(String trackingId) {
    }

    public record RefreshShipment(String trackingId) {
    }

    public record CheckDatabase() {
    }

    private final CarrierClient carrier;
    private final DataSource dataSource;
    private final Executor blockingIo;

    public ShipmentTrackerActor(CarrierClient carrier, DataSource dataSource, Executor blockingIo) {
        this.carrier = carrier;
        this.dataSource = dataSource;
        this.blockingIo = blockingIo;
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(TrackShipment.class, msg -> {
                    String status = carrier.status(msg.trackingId()); // expect: blocking-call-on-event-loop
                    getSender().tell(status, getSelf());
                })
                .match(RefreshShipment.class, msg -> Patterns.pipe(
                                CompletableFuture.supplyAsync(() -> carrier.status(msg.trackingId()), blockingIo), // ok: blocking-call-on-event-loop
                                getContext().getDispatcher())
                        .to(getSender()))
                .match(CheckDatabase.class, msg -> {
                    try (Connection connection = dataSource.getConnection(); // expect: blocking-call-on-event-loop
                         Statement ping = connection.createStatement()) {
                        getSender().tell(ping.execute("SELECT 1"), getSelf()); // expect: blocking-call-on-event-loop
                    }
                })
                .build();
    }
}
