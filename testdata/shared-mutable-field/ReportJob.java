package testdata.shared_mutable_field;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Exports the daily sales report on a background thread: start() submits one task, and the admin
 * page polls total() and progress() and may cancel() it, all through plain fields. finished is
 * volatile and written by the task alone; runNow() reads its task's timing only after get().
 */
public class ReportJob {

    private final ExecutorService exporter = Executors.newSingleThreadExecutor();
    private final Function<String, List<String>> sectionQuery;
    private final Consumer<String> sink;

    private long rowsExported;
    private int sectionsWritten;
    private boolean cancelled;
    private volatile boolean finished;
    private long startedAtMillis;
    private long lastRunMillis;

    public ReportJob(Function<String, List<String>> sectionQuery, Consumer<String> sink) {
        this.sectionQuery = sectionQuery;
        this.sink = sink;
    }

    public void start(List<String> sections) {
        startedAtMillis = System.currentTimeMillis();
        exporter.execute(() -> {
            sink.accept("# sales report, started " + startedAtMillis); // ok: shared-mutable-field
            for (String section : sections) {
                if (cancelled) { // expect: shared-mutable-field
                    break;
                }
                List<String> rows = sectionQuery.apply(section);
                appendSection(section, rows);
                rowsExported += rows.size(); // expect: shared-mutable-field
            }
            finished = true; // ok: shared-mutable-field
        });
    }

    /** Also used by the ad-hoc export on the caller's thread. */
    public void appendSection(String name, List<String> rows) {
        sink.accept("## " + name);
        rows.forEach(sink);
        sectionsWritten++; // expect: shared-mutable-field
    }

    public long runNow(String section) throws InterruptedException, ExecutionException {
        Future<?> done = exporter.submit(() -> {
            long begin = System.nanoTime();
            sink.accept(String.join("\n", sectionQuery.apply(section)));
            lastRunMillis = (System.nanoTime() - begin) / 1_000_000; // ok: shared-mutable-field
        });
        done.get();
        return lastRunMillis;
    }

    public void cancel() {
        cancelled = true;
        exporter.shutdown();
    }

    public long total() {
        return rowsExported;
    }

    public String progress() {
        return sectionsWritten + " sections" + (finished ? ", done" : ", running");
    }
}
