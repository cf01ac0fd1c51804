package testdata.cpu_heavy_on_event_loop;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.pattern.Patterns;

/**
 * Pekko actor for password resets. The actor shares its dispatcher threads with every other
 * actor: hashing inline holds one of them; piping the hash from a dedicated pool does not.
 */
public class PasswordResetActor extends AbstractActor {

    public record ResetPassword(String user, String newPassword) {
    }

    public record ResetPasswordOffloaded(String user, String newPassword) {
    }

    private final PasswordHasher hasher;
    private final CredentialStore credentials;
    private final Executor hashingPool;

    public PasswordResetActor(PasswordHasher hasher, CredentialStore credentials, Executor hashingPool) {
        this.hasher = hasher;
        this.credentials = credentials;
        this.hashingPool = hashingPool;
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(ResetPassword.class, msg -> {
                    credentials.store(msg.user(), hasher.hash(msg.newPassword())); // expect: cpu-heavy-on-event-loop
                    getSender().tell("reset " + msg.user(), getSelf());
                })
                .match(ResetPasswordOffloaded.class, msg -> Patterns.pipe(
                                CompletableFuture.supplyAsync(() -> hasher.hash(msg.newPassword()), hashingPool) // ok: cpu-heavy-on-event-loop
                                        .thenApply(hash -> {
                                            credentials.store(msg.user(), hash);
                                            return "reset " + msg.user();
                                        }),
                                getContext().getDispatcher())
                        .to(getSender()))
                .build();
    }
}
