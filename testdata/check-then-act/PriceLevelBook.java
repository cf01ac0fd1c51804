package testdata.check_then_act;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Aggregated order-book levels (price to resting quantity) for one instrument, updated by the
 * feed handler threads and read by the pricing threads.
 */
public class PriceLevelBook {

    private final ConcurrentSkipListMap<BigDecimal, Long> bids = new ConcurrentSkipListMap<>();
    private final ConcurrentNavigableMap<BigDecimal, Long> asks = new ConcurrentSkipListMap<>();

    public void openBidLevel(BigDecimal price, long quantity) {
        if (!bids.containsKey(price)) { // expect: check-then-act
            bids.put(price, quantity);
        }
    }

    public void openAskLevel(BigDecimal price, long quantity) {
        if (asks.get(price) == null) { // expect: check-then-act
            asks.put(price, quantity);
        }
    }

    public void addBid(BigDecimal price, long quantity) {
        bids.merge(price, quantity, Long::sum); // ok: check-then-act
    }

    public void fillAsk(BigDecimal price, long filled) {
        asks.compute(price, (level, resting) -> resting == null || resting <= filled ? null : resting - filled); // ok: check-then-act
    }

    public boolean reduceBid(BigDecimal price, long cancelled) {
        while (true) {
            Long resting = bids.get(price); // ok: check-then-act
            if (resting == null) {
                return false;
            }
            if (bids.replace(price, resting, Math.max(0, resting - cancelled))) {
                return true;
            }
        }
    }

    public BigDecimal bestBid() {
        return bids.isEmpty() ? null : bids.lastKey();
    }

    public BigDecimal bestAsk() {
        return asks.isEmpty() ? null : asks.firstKey();
    }
}
