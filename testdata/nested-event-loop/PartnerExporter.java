package testdata.nested_event_loop;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Pushes catalogue changes to partner systems. Each call starts a private single-thread executor
 * for the push and shuts it down once the push has been queued: a thread per call.
 */
public class PartnerExporter {

    private final ConcurrentMap<String, String> lastPushed = new ConcurrentHashMap<>();

    public void exportAll(String partner, List<String> changes) {
        ExecutorService push = Executors.newSingleThreadExecutor();
        try {
            for (String change : changes) {
                push.execute(() -> lastPushed.put(partner, change));
            }
        } finally {
            push.shutdown();
        }
    }

    public String lastPushed(String partner) {
        return lastPushed.getOrDefault(partner, "none");
    }
}
