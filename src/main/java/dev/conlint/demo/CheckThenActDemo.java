package dev.conlint.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The canonical example of rules/check-then-act.md: a session registry on a {@code ConcurrentHashMap}
 * that opens a user's session with {@code containsKey} then {@code put}, next to one that uses
 * {@code computeIfAbsent}. Each of 100 users logs in from four devices at once, on a 4-thread pool;
 * opening a session loads the user's profile (2 ms, a sleep standing in for the database). The demo
 * counts the sessions built, and the logins left holding a session the registry no longer knows.
 */
public final class CheckThenActDemo implements Demo {

    static final int THREADS = 4;
    static final int USERS = 100;
    static final int DEVICES = 4;
    static final long PROFILE_LOAD_MILLIS = 2;

    @Override
    public String ruleId() {
        return "check-then-act";
    }

    @Override
    public DemoResult run() {
        long[] racy = logInEveryone(new RacyRegistry());
        long[] atomic = logInEveryone(new AtomicRegistry());
        return new DemoResult(ruleId(), USERS + " users each log in from " + DEVICES + " devices at once, on a "
                + THREADS + "-thread pool; a session takes " + PROFILE_LOAD_MILLIS + " ms to open",
                "containsKey, then put", "computeIfAbsent",
                List.of(new DemoResult.Measure("sessions opened, for " + USERS + " users", "", racy[0], atomic[0]),
                        new DemoResult.Measure("logins holding a lost session", "", racy[1], atomic[1])));
    }

    /** A user's session. */
    record Session(String userId, Instant openedAt) { }

    /** What the demo needs of a registry. */
    private interface Registry {
        Session open(String userId);

        Session current(String userId);

        long opened();
    }

    /** {sessions opened, logins holding a session the registry lost}. */
    private static long[] logInEveryone(Registry registry) {
        ExecutorService devices = Daemons.pool(THREADS);
        try {
            List<Future<Session>> logins = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                String userId = "user-" + u;
                for (int d = 0; d < DEVICES; d++) {
                    logins.add(devices.submit(() -> registry.open(userId)));
                }
            }
            Daemons.finish(devices);
            long lost = 0;
            for (Future<Session> login : logins) {
                Session held = login.get();
                if (registry.current(held.userId()) != held) {
                    lost++;
                }
            }
            return new long[] {registry.opened(), lost};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a login failed", e.getCause());
        } finally {
            devices.shutdownNow();
        }
    }

    /** Opening a session: loads the user's profile first, which takes a while. */
    private static Session openSession(String userId, LongAdder opened) {
        opened.increment();
        try {
            Thread.sleep(PROFILE_LOAD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Session(userId, Instant.now());
    }

    /** The anti-pattern: two atomic calls, not one atomic step. */
    private static final class RacyRegistry implements Registry {
        private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
        private final LongAdder opened = new LongAdder();

        @Override
        @SuppressWarnings("conlint:check-then-act") // the demo's anti-pattern, on purpose
        public Session open(String userId) {
            if (!sessions.containsKey(userId)) {
                sessions.put(userId, openSession(userId, opened));
            }
            return sessions.get(userId);
        }

        @Override
        public Session current(String userId) {
            return sessions.get(userId);
        }

        @Override
        public long opened() {
            return opened.sum();
        }
    }

    /** The fix: one call that checks and acts; other logins of the user wait for the first. */
    private static final class AtomicRegistry implements Registry {
        private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
        private final LongAdder opened = new LongAdder();

        @Override
        public Session open(String userId) {
            return sessions.computeIfAbsent(userId, id -> openSession(id, opened));
        }

        @Override
        public Session current(String userId) {
            return sessions.get(userId);
        }

        @Override
        public long opened() {
            return opened.sum();
        }
    }
}
