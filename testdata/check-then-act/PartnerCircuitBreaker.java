package testdata.check_then_act;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Circuit breaker in front of the payment partner, shared by the checkout threads. trip() and
 * tryProbe() test the state and then set it; halfOpen() and reset() switch it atomically.
 */
public class PartnerCircuitBreaker {

    public enum BreakerState { CLOSED, OPEN, HALF_OPEN }

    private final AtomicReference<BreakerState> state = new AtomicReference<>(BreakerState.CLOSED);
    private final AtomicBoolean probeInFlight = new AtomicBoolean();
    private final AtomicBoolean alerted = new AtomicBoolean();

    public void trip() {
        if (state.get() == BreakerState.CLOSED) state.set(BreakerState.OPEN); // expect: check-then-act
        if (alerted.compareAndSet(false, true)) { // ok: check-then-act
            System.err.println("payment partner circuit opened");
        }
    }

    public boolean tryProbe() {
        if (!probeInFlight.get()) { // expect: check-then-act
            probeInFlight.set(true);
            return true;
        }
        return false;
    }

    public boolean halfOpen() {
        return state.compareAndSet(BreakerState.OPEN, BreakerState.HALF_OPEN); // ok: check-then-act
    }

    public void reset() {
        BreakerState previous = state.getAndSet(BreakerState.CLOSED); // ok: check-then-act
        probeInFlight.set(false);
        if (previous != BreakerState.CLOSED) {
            alerted.set(false);
        }
    }

    public boolean allowsRequests() {
        return state.get() != BreakerState.OPEN;
    }
}
