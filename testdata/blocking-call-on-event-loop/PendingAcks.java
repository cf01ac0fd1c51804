package testdata.blocking_call_on_event_loop;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Correlates delivery acknowledgements with the messages that asked for them.
 * await() hands back a Vert.x Future that completes later; it never parks the caller.
 */
public class PendingAcks {

    private final ConcurrentMap<String, Promise<String>> waiting = new ConcurrentHashMap<>();

    public Future<String> await(String messageId) {
        return waiting.computeIfAbsent(messageId, id -> Promise.promise()).future();
    }

    public void acknowledge(String messageId, String recipient) {
        Promise<String> promise = waiting.remove(messageId);
        if (promise != null) {
            promise.tryComplete(recipient);
        }
    }

    public int outstanding() {
        return waiting.size();
    }
}
