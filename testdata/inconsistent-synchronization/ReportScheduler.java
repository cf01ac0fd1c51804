package testdata.inconsistent_synchronization;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Schedule of the nightly sales reports. Its locking is mixed but nothing is inconsistent: the
 * pause flag is volatile, the run counter is an AtomicInteger (locked in 2 of 3 places, but
 * thread-safe on its own), the cron expression is always locked, the output folder is only read
 * under the lock (no locked write, so no guard), and the last report name is locked in only 2 of
 * 4 places (below two thirds: no guard inferred).
 */
public class ReportScheduler {

    private final Object scheduleLock = new Object();
    private final AtomicInteger runs = new AtomicInteger();
    private volatile boolean paused;
    private String cronExpression;
    private String outputFolder = "/var/reports";
    private String lastReport;

    public ReportScheduler(String cronExpression) {
        this.cronExpression = cronExpression; // ok: inconsistent-synchronization
    }

    public void setPaused(boolean pause) {
        synchronized (scheduleLock) {
            paused = pause;
        }
    }

    public boolean isPaused() {
        return paused; // ok: inconsistent-synchronization
    }

    public void reschedule(String expression) {
        synchronized (scheduleLock) {
            cronExpression = expression;
        }
    }

    public String nextRunLabel() {
        synchronized (scheduleLock) {
            return paused ? "paused" : "next run at " + cronExpression + " into " + outputFolder; // ok: inconsistent-synchronization
        }
    }

    public void setOutputFolder(String folder) {
        outputFolder = folder; // ok: inconsistent-synchronization
    }

    public String reportPath(String name) {
        synchronized (scheduleLock) {
            return outputFolder + "/" + name;
        }
    }

    public void recordRun(String report) {
        runs.incrementAndGet(); // ok: inconsistent-synchronization
        lastReport = report; // ok: inconsistent-synchronization
    }

    public void recordManualRun(String report) {
        synchronized (scheduleLock) {
            runs.incrementAndGet();
            lastReport = "manual:" + report;
        }
    }

    public String lastReport() {
        return lastReport; // ok: inconsistent-synchronization
    }

    public String status() {
        synchronized (scheduleLock) {
            return "last " + lastReport + ", " + runs.get() + " runs";
        }
    }
}
