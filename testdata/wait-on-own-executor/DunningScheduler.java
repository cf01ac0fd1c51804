package testdata.wait_on_own_executor;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Payment reminders. The reminder run waits for a count it scheduled on its own two-thread
 * scheduler; the letter run waits for a lookup on its own single thread. Handing the next step to
 * the scheduler without waiting for it is how chained steps should go.
 */
public class DunningScheduler implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final ScheduledExecutorService letters = Executors.newSingleThreadScheduledExecutor();

    public void scheduleReminderRun() {
        scheduler.schedule(() -> {
            ScheduledFuture<Integer> overdue = scheduler.schedule(() -> countOverdue(), 1, TimeUnit.SECONDS);
            try {
                System.out.println(overdue.get() + " overdue accounts"); // expect: wait-on-own-executor
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                System.err.println("count failed: " + e.getCause());
            }
            scheduler.execute(() -> System.out.println("reminders sent")); // ok: wait-on-own-executor
        }, 1, TimeUnit.HOURS);
    }

    public void sendLetters() {
        letters.execute(new Runnable() {
            @Override
            public void run() {
                try {
                    String addresses = letters.submit(() -> "overdue@example.com").get(); // expect: wait-on-own-executor
                    System.out.println("letters to " + addresses);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    System.err.println("lookup failed: " + e.getCause());
                }
            }
        });
    }

    /** Called by the collections dashboard's request threads. */
    public int overdueNow() throws InterruptedException, ExecutionException {
        return scheduler.schedule(() -> countOverdue(), 0, TimeUnit.SECONDS).get(); // ok: wait-on-own-executor
    }

    private static int countOverdue() {
        return 42;
    }

    @Override
    public void close() {
        scheduler.shutdown();
        letters.shutdown();
    }
}
