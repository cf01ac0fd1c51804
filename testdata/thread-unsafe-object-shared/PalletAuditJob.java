package testdata.thread_unsafe_object_shared;

import net.jcip.annotations.NotThreadSafe;
import net.jcip.annotations.ThreadSafe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Audits every pallet of a shipment on the pool. The audit trail is a list subclass its authors
 * made thread-safe and say so; the manifest buffer is a project class documented as not
 * thread-safe, shared by all the tasks anyway.
 */
public class PalletAuditJob {

    /** Appends under its own monitor: safe to share, as the annotation says. */
    @ThreadSafe
    public static final class PalletTrail extends ArrayList<String> {
        @Override
        public synchronized boolean add(String line) {
            return super.add(line);
        }
    }

    /** A reusable text buffer: one per thread, as its contract says. */
    @NotThreadSafe
    public static final class ManifestBuffer {
        private final StringBuilder text = new StringBuilder();

        public void line(String s) {
            text.append(s).append('\n');
        }

        public String drain() {
            String out = text.toString();
            text.setLength(0);
            return out;
        }
    }

    private final ExecutorService pool;
    private final PalletTrail trail = new PalletTrail();
    private final ManifestBuffer manifest = new ManifestBuffer();

    public PalletAuditJob(ExecutorService pool) {
        this.pool = pool;
    }

    public void auditAll(List<String> palletIds) {
        for (String id : palletIds) {
            pool.execute(() -> {
                trail.add("audited " + id); // ok: thread-unsafe-object-shared
                manifest.line(id); // expect: thread-unsafe-object-shared
            });
        }
    }

    public List<String> trail() {
        return trail;
    }
}
