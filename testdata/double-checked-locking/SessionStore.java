package testdata.double_checked_locking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HTTP sessions persisted to a directory. The index and the spool directory are created lazily
 * under a private lock; both assignments sit deeper than the inner if (in a try, in an if/else).
 */
public class SessionStore {

    private final Object lock = new Object();
    private final Path root;
    private final boolean persistent;
    private List<String> index;
    private Path spool;
    private List<String> snapshot;

    public SessionStore(Path root, boolean persistent) {
        this.root = root;
        this.persistent = persistent;
    }

    public List<String> index() {
        if (index == null) { // expect: double-checked-locking
            synchronized (lock) {
                if (index == null) {
                    try (var files = Files.list(root)) {
                        index = files.map(p -> p.getFileName().toString()).toList();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return index;
    }

    public Path spool() {
        if (this.spool == null) { // expect: double-checked-locking
            synchronized (lock) {
                if (this.spool == null) {
                    if (persistent) {
                        this.spool = root.resolve("spool");
                    } else {
                        this.spool = root.resolve("tmp");
                    }
                }
            }
        }
        return this.spool;
    }

    /** Until the index is built, callers get an empty snapshot: the check is on another field. */
    public List<String> snapshot() {
        if (index == null) { // ok: double-checked-locking
            synchronized (lock) {
                if (index == null) {
                    snapshot = List.of();
                }
            }
        }
        return snapshot;
    }
}
