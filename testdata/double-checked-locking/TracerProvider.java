package testdata.double_checked_locking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Distributed-tracing entry point. The exporter is created lazily without a lock: whoever wins
 * compareAndSet publishes it, the others drop their copy. The span batch is a local variable.
 */
public class TracerProvider {

    public record SpanExporter(String endpoint) {
    }

    private final AtomicReference<SpanExporter> exporter = new AtomicReference<>();
    private final Object flushLock = new Object();
    private final String endpoint;

    public TracerProvider(String endpoint) {
        this.endpoint = endpoint;
    }

    public SpanExporter exporter() {
        if (exporter.get() == null) { // ok: double-checked-locking, check-then-act
            exporter.compareAndSet(null, new SpanExporter(endpoint));
        }
        return exporter.get();
    }

    public List<String> slowSpans(Map<String, Long> durationsMillis, long thresholdMillis) {
        List<String> slow = null;
        for (Map.Entry<String, Long> span : durationsMillis.entrySet()) {
            if (span.getValue() > thresholdMillis) {
                if (slow == null) { // ok: double-checked-locking
                    synchronized (flushLock) {
                        if (slow == null) {
                            slow = new ArrayList<>();
                        }
                    }
                }
                slow.add(span.getKey());
            }
        }
        return slow == null ? List.of() : slow;
    }
}
