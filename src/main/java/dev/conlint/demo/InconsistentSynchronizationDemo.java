package dev.conlint.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;

/**
 * The canonical example of rules/inconsistent-synchronization.md: a session roster whose
 * {@code login} and {@code logout} count {@code touches++} holding the roster's monitor while
 * {@code heartbeat()} counts without it, next to the same roster with a {@code synchronized}
 * heartbeat. On a 4-thread pool, two desks log agents in and out while two headsets send a heartbeat
 * after every call. Every roster call counts one touch, so the count read after the pool has finished
 * should be exact.
 */
public final class InconsistentSynchronizationDemo implements Demo {

    static final int DESKS = 2;
    static final int HEADSETS = 2;
    static final int SHIFTS = 100_000;
    static final int CALLS = 2_000_000;

    @Override
    public String ruleId() {
        return "inconsistent-synchronization";
    }

    @Override
    public DemoResult run() {
        long expected = 2L * DESKS * SHIFTS + (long) HEADSETS * CALLS;
        long unlocked = work(new UnlockedHeartbeatRoster());
        long locked = work(new LockedHeartbeatRoster());
        return new DemoResult(ruleId(), "on a " + (DESKS + HEADSETS) + "-thread pool, " + DESKS
                + " desks log agents in and out " + String.format("%,d", SHIFTS) + " times while " + HEADSETS
                + " headsets take " + String.format("%,d", CALLS) + " calls each, with a heartbeat after every call",
                "heartbeat() without the lock", "synchronized heartbeat()",
                List.of(new DemoResult.Measure("touches expected", "", expected, expected),
                        new DemoResult.Measure("touches counted", "", unlocked, locked),
                        new DemoResult.Measure("lost", "", expected - unlocked, expected - locked)));
    }

    /** What desks and headsets call on a roster. */
    private interface Roster {
        void login(String agentId, long nowMillis);

        void logout(String agentId);

        void heartbeat();

        int touches();
    }

    /** How long a call lasts, in seconds (up to ten minutes): a stand-in for the agent's work on it. */
    static long takeCall(long call) {
        long x = call;
        for (int i = 0; i < 4; i++) {
            x = (x ^ (x >>> 29)) * 0x9E3779B97F4A7C15L;
        }
        return (x >>> 1) % 600;
    }

    /** The touches the roster counted, once every desk and headset is done. */
    private static long work(Roster roster) {
        ExecutorService pool = Daemons.pool(DESKS + HEADSETS);
        Phaser start = new Phaser(DESKS + HEADSETS);   // desks and headsets start together
        try {
            List<Future<Long>> tasks = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                String agentId = "agent-" + d;
                tasks.add(pool.submit(() -> {
                    start.arriveAndAwaitAdvance();
                    for (int shift = 0; shift < SHIFTS; shift++) {
                        roster.login(agentId, shift);
                        roster.logout(agentId);
                    }
                    return (long) SHIFTS;
                }));
            }
            for (int h = 0; h < HEADSETS; h++) {
                long firstCall = (long) h * CALLS;
                tasks.add(pool.submit(() -> {
                    start.arriveAndAwaitAdvance();
                    long talkSeconds = 0;
                    for (long call = firstCall; call < firstCall + CALLS; call++) {
                        talkSeconds += takeCall(call);
                        roster.heartbeat();
                    }
                    return talkSeconds;
                }));
            }
            Daemons.finish(pool);
            for (Future<Long> task : tasks) {
                task.get();   // a task that failed fails the demo
            }
            return roster.touches();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The anti-pattern: every path to {@code touches} holds the monitor, but one. */
    private static final class UnlockedHeartbeatRoster implements Roster {
        private final Map<String, Long> lastSeen = new HashMap<>();
        private int touches;

        @Override
        public synchronized void login(String agentId, long nowMillis) {
            lastSeen.put(agentId, nowMillis);
            touches++;
        }

        @Override
        public synchronized void logout(String agentId) {
            lastSeen.remove(agentId);
            touches++;
        }

        @Override
        @SuppressWarnings("conlint:inconsistent-synchronization") // the demo's anti-pattern, on purpose
        public void heartbeat() {
            touches++;
        }

        @Override
        public synchronized int touches() {
            return touches;
        }
    }

    /** The fix: the heartbeat takes the lock like everything else. */
    private static final class LockedHeartbeatRoster implements Roster {
        private final Map<String, Long> lastSeen = new HashMap<>();
        private int touches;

        @Override
        public synchronized void login(String agentId, long nowMillis) {
            lastSeen.put(agentId, nowMillis);
            touches++;
        }

        @Override
        public synchronized void logout(String agentId) {
            lastSeen.remove(agentId);
            touches++;
        }

        @Override
        public synchronized void heartbeat() {
            touches++;
        }

        @Override
        public synchronized int touches() {
            return touches;
        }
    }
}
