package testdata.blocking_call_on_event_loop;

import akka.actor.AbstractActor;
import akka.actor.Props;
import java.util.concurrent.BlockingQueue;

/** Akka classic actor on the default dispatcher: its message handlers must not block. */
public class SeatReservationActor extends AbstractActor {

    public record ReserveSeat(String showId, String seat, String customerId) {
    }

    public record AwaitPaymentConfirmation(String reservationId) {
    }

    private final SeatRepository seats;
    private final BlockingQueue<String> paymentConfirmations;

    public SeatReservationActor(SeatRepository seats, BlockingQueue<String> paymentConfirmations) {
        this.seats = seats;
        this.paymentConfirmations = paymentConfirmations;
    }

    public static Props props(SeatRepository seats, BlockingQueue<String> paymentConfirmations) {
        return Props.create(SeatReservationActor.class, () -> new SeatReservationActor(seats, paymentConfirmations));
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(ReserveSeat.class, msg -> {
                    boolean reserved = seats.tryReserve(msg.showId(), msg.seat(), msg.customerId()); // expect: blocking-call-on-event-loop
                    getSender().tell(reserved, getSelf());
                })
                .match(AwaitPaymentConfirmation.class, msg -> {
                    String confirmation = paymentConfirmations.take(); // expect: blocking-call-on-event-loop
                    getSender().tell(msg.reservationId() + ":" + confirmation, getSelf());
                })
                .build();
    }
}
