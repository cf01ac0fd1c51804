package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import java.util.concurrent.Executor;

/**
 * Relays audit events from the event bus to the audit file through an Executor. The executor is
 * injected; production wires a queueing pool, CallerRunsExecutor exists for tests and paces
 * replays.
 */
public class AuditRelayVerticle extends AbstractVerticle {

    private final Executor auditExecutor;
    private final CallerRunsExecutor replayThrottle = new CallerRunsExecutor(20);

    public AuditRelayVerticle(Executor auditExecutor) {
        this.auditExecutor = auditExecutor;
    }

    @Override
    public void start() {
        vertx.eventBus().<String>consumer("audit.events", msg -> {
            // Executor.execute does not block by contract (it hands the task over), and conlint's
            // knowledge of that contract beats project bodies: CallerRunsExecutor.execute sleeps
            // before running the task inline, but it is not followed from a call on an Executor.
            auditExecutor.execute(() -> AuditTrail.record(msg.body())); // ok: blocking-call-on-event-loop
            msg.reply("queued");
        });
        vertx.eventBus().<String>consumer("audit.replay", msg -> {
            // the contract wins even when the receiver is the project class itself: execute() is
            // an Executor method, so CallerRunsExecutor's sleep here goes unreported by design
            replayThrottle.execute(() -> msg.reply("replayed " + msg.body())); // ok: blocking-call-on-event-loop
        });
    }
}
