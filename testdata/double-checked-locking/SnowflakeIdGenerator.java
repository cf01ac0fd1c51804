package testdata.double_checked_locking;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Time-ordered 64-bit ids: timestamp, node number, sequence. The generator and the host name are
 * plain static fields double-checked on the class; the epoch offset is volatile.
 */
public final class SnowflakeIdGenerator {

    private static SnowflakeIdGenerator instance;
    private static String hostName;
    private static volatile Long epochOffset;

    private final int node;
    private long lastMillis;
    private int sequence;

    private SnowflakeIdGenerator(int node) {
        this.node = node & 0x3FF;
    }

    public static SnowflakeIdGenerator get() {
        if (instance == null) { // expect: double-checked-locking
            synchronized (SnowflakeIdGenerator.class) {
                if (instance == null) instance = new SnowflakeIdGenerator(hostName().hashCode());
            }
        }
        return instance;
    }

    static String hostName() {
        if (hostName == null) { // expect: double-checked-locking
            synchronized (SnowflakeIdGenerator.class) {
                if (hostName == null) {
                    try {
                        hostName = InetAddress.getLocalHost().getHostName();
                    } catch (UnknownHostException e) {
                        hostName = "localhost";
                    }
                }
            }
        }
        return hostName;
    }

    static long epochOffset() {
        if (epochOffset == null) { // ok: double-checked-locking
            synchronized (SnowflakeIdGenerator.class) {
                if (epochOffset == null) {
                    epochOffset = Long.getLong("ids.epoch", 1_577_836_800_000L);
                }
            }
        }
        return epochOffset;
    }

    public synchronized long nextId() {
        long now = System.currentTimeMillis();
        sequence = now == lastMillis ? (sequence + 1) & 0xFFF : 0;
        lastMillis = now;
        return ((now - epochOffset()) << 22) | ((long) node << 12) | sequence;
    }
}
