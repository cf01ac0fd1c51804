package testdata.shared_mutable_field;

import java.util.Queue;

/**
 * Tells the cluster coordinator every few seconds that this node is alive, until shutdown().
 * The loop flag is a plain boolean written by shutdown() on another thread, so the loop may never
 * see it (the fix is volatile, as for paused). intervalMillis is only set in the constructor and
 * lastBeatNanos is the thread's own bookkeeping.
 */
public class HeartbeatSender extends Thread {

    private final String nodeId;
    private final Queue<String> outbox;

    private long intervalMillis;
    private boolean running = true;
    private volatile boolean paused;
    private long beatsSent;
    private long lastBeatNanos;

    public HeartbeatSender(String nodeId, long intervalMillis, Queue<String> outbox) {
        super("heartbeat-" + nodeId);
        this.nodeId = nodeId;
        this.intervalMillis = intervalMillis;
        this.outbox = outbox;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (running) { // expect: shared-mutable-field
            if (!paused) { // ok: shared-mutable-field
                sendBeat();
            }
            try {
                Thread.sleep(intervalMillis); // ok: shared-mutable-field
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sendBeat() {
        long now = System.nanoTime();
        long gapMillis = lastBeatNanos == 0 ? 0 : (now - lastBeatNanos) / 1_000_000; // ok: shared-mutable-field
        lastBeatNanos = now; // ok: shared-mutable-field
        outbox.offer(nodeId + " alive gap=" + gapMillis);
        beatsSent++; // expect: shared-mutable-field
    }

    public void pause(boolean pause) {
        paused = pause;
    }

    public void shutdown() {
        running = false;
    }

    public long beatsSent() {
        return beatsSent;
    }
}
