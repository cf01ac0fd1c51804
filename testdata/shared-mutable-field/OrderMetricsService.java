package testdata.shared_mutable_field;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Service;

/**
 * Order metrics for the back-office dashboard. The bean is a singleton, and every order request
 * thread calls recordOrder() at once: the order count, the revenue and the last-order time are
 * plain fields, and ordersRecorded() reads the count from yet another request. The item count is
 * a LongAdder and the clock is set once in the constructor.
 */
@Service
public class OrderMetricsService {

    private final LongAdder itemsOrdered = new LongAdder();
    private final Clock clock;

    private long ordersRecorded;
    private long revenueCents;
    private Instant lastOrderAt;

    public OrderMetricsService(Clock clock) {
        this.clock = clock;
        this.lastOrderAt = clock.instant(); // ok: shared-mutable-field
    }

    public void recordOrder(long cents, int items) {
        ordersRecorded++; // expect: shared-mutable-field
        itemsOrdered.add(items); // ok: shared-mutable-field
        addRevenue(cents);
        Instant now = clock.instant(); // ok: shared-mutable-field
        lastOrderAt = now; // expect: shared-mutable-field
    }

    private void addRevenue(long cents) {
        revenueCents += cents; // expect: shared-mutable-field
    }

    /** Races with the ++ above, which is where the fix goes and what is reported: one finding per race. */
    public long ordersRecorded() {
        return ordersRecorded; // ok: shared-mutable-field
    }

    public long itemsOrdered() {
        return itemsOrdered.sum(); // ok: shared-mutable-field
    }
}
