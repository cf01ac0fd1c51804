package testdata.check_then_act;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named id sequences for invoices, orders and shipments, used from every request thread. The
 * sequence table is a static map filled on first use; each sequence is an AtomicLong.
 */
public final class SequenceIdGenerator {

    private static final ConcurrentMap<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();

    private final AtomicLong correlation = new AtomicLong();
    private final LongAdder issued = new LongAdder();

    public long next(String sequence) {
        AtomicLong counter = SEQUENCES.get(sequence); // expect: check-then-act
        if (counter == null) {
            counter = new AtomicLong(1000);
            SEQUENCES.put(sequence, counter);
        }
        issued.increment(); // ok: check-then-act
        return counter.incrementAndGet();
    }

    public long nextSafely(String sequence) {
        return SEQUENCES.computeIfAbsent(sequence, name -> new AtomicLong(1000)).getAndIncrement(); // ok: check-then-act
    }

    public String correlationId() {
        correlation.set(correlation.get() + 1); // expect: check-then-act
        return "c-" + correlation.get();
    }

    /** Reserves a block of ids per sequence for a batch import; the map is this call's own. */
    public Map<String, Long> reserve(List<String> sequences) {
        ConcurrentHashMap<String, Long> firstIds = new ConcurrentHashMap<>();
        for (String sequence : sequences) {
            if (!firstIds.containsKey(sequence)) { // ok: check-then-act
                firstIds.put(sequence, nextSafely(sequence));
            }
        }
        return firstIds;
    }

    public long issuedCount() {
        return issued.sum();
    }
}
