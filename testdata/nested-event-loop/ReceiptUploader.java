package testdata.nested_event_loop;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Queues receipts for upload; each uploadAll() call starts and retires its own two-thread pool. */
public class ReceiptUploader {

    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();

    public void uploadAll(List<String> receiptIds) {
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            receiptIds.forEach(id -> senders.execute(() -> outbox.add(id)));
        } finally {
            senders.shutdown();
        }
    }

    public int pending() {
        return outbox.size();
    }
}
