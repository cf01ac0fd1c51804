package dev.conlint.demo;

import dev.conlint.runtime.EventLoop;
import dev.conlint.runtime.LagMonitor;
import dev.conlint.runtime.LagStats;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The canonical example of rules/cpu-heavy-on-event-loop.md: a login handler looks the user up
 * without blocking, then checks the password hash in the lookup's callback, on the loop (PBKDF2 with
 * a fixed iteration count stands in for {@code BCrypt.checkpw}); next to one that hands the check to
 * a pool sized to the cores with {@code runInExecutor}. A burst of twelve logins arrives at once, as
 * a stream of wrong passwords would, while a 10 ms timer measures how late the loop runs everything
 * else.
 */
public final class CpuHeavyOnEventLoopDemo implements Demo {

    static final int LOGINS = 12;
    static final Duration LOOKUP = Duration.ofMillis(2);
    /** PBKDF2-HMAC-SHA256 rounds: a few tens of milliseconds per check, like bcrypt at its usual cost. */
    static final int ITERATIONS = 30_000;
    private static final int WARM_UP = 8;
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SALT = "conlint-demo-salt";

    @Override
    public String ruleId() {
        return "cpu-heavy-on-event-loop";
    }

    @Override
    public DemoResult run() {
        // compile the hash before measuring, so neither variant pays for the JIT
        byte[] stored = null;
        for (int i = 0; i < WARM_UP; i++) {
            stored = hash(PASSWORD);
        }
        double[] anti = serve(stored, true);
        double[] fixed = serve(stored, false);
        int cores = Runtime.getRuntime().availableProcessors();
        return new DemoResult(ruleId(), "a burst of " + LOGINS + " logins, each checking a PBKDF2 password hash ("
                + ITERATIONS + " rounds) after a non-blocking user lookup",
                "hash on the loop", "runInExecutor (" + cores + " threads)",
                List.of(new DemoResult.Measure("timer lag, max", "ms", anti[0], fixed[0]),
                        new DemoResult.Measure("timer lag, p99", "ms", anti[1], fixed[1]),
                        new DemoResult.Measure("all logins answered after", "ms", anti[2], fixed[2])));
    }

    /** {max lag, p99 lag, ms until every login was answered}. */
    private static double[] serve(byte[] stored, boolean hashOnTheLoop) {
        int cores = Runtime.getRuntime().availableProcessors();
        return EventLoop.run(loop -> {
            LagMonitor lag = loop.monitorLag(Duration.ofMillis(10));
            long start = System.nanoTime();
            List<CompletableFuture<Boolean>> answered = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                CompletableFuture<Boolean> reply = new CompletableFuture<>();
                answered.add(reply);
                loop.call(() -> login(loop, stored, hashOnTheLoop, reply));
            }
            // read on the loop's next turn, after any timer that came due during the last check has fired
            return EventLoop.gather(answered).thenApplyAsync(all -> {
                double millis = (System.nanoTime() - start) / 1e6;
                lag.stop();
                LagStats s = lag.stats();
                if (all.contains(false)) {
                    throw new IllegalStateException("a correct password was rejected");
                }
                return new double[] {s.maxMillis(), s.p99Millis(), millis};
            }, loop::call);
        }, cores, Duration.ofSeconds(30));
    }

    private static void login(EventLoop loop, byte[] stored, boolean hashOnTheLoop, CompletableFuture<Boolean> reply) {
        CompletableFuture<byte[]> user = findUser(loop, stored);
        CompletableFuture<Boolean> checked = hashOnTheLoop
                ? user.thenApply(hash -> checkPassword(PASSWORD, hash))   // the anti-pattern: the loop computes
                : user.thenCompose(hash -> loop.runInExecutor(() -> checkPassword(PASSWORD, hash)));
        checked.whenComplete((ok, e) -> {
            if (e != null) {
                reply.completeExceptionally(e);
            } else {
                reply.complete(ok);
            }
        });
    }

    /** The user store's lookup: asynchronous, completed on the loop, like the Vert.x SQL client. */
    private static CompletableFuture<byte[]> findUser(EventLoop loop, byte[] stored) {
        return loop.sleep(LOOKUP).thenApply(v -> stored);
    }

    /** Whether {@code password} matches {@code storedHash}: one full PBKDF2 derivation. */
    static boolean checkPassword(String password, byte[] storedHash) {
        return MessageDigest.isEqual(hash(password), storedHash);
    }

    static byte[] hash(String password) {
        byte[] salt = SALT.getBytes(StandardCharsets.UTF_8);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
