package testdata.wait_on_own_executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * OCR for scanned document batches on a bounded pool of two threads. A batch task that waits for
 * page tasks queued to the same two threads deadlocks as soon as two batches run at once.
 */
public class ScanBatchProcessor implements AutoCloseable {

    private final ThreadPoolExecutor workers =
            new ThreadPoolExecutor(2, 2, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());

    public Future<String> process(List<String> pages) {
        return workers.submit(new Callable<String>() {
            @Override
            public String call() throws Exception {
                return recognizeAll(pages);
            }
        });
    }

    private String recognizeAll(List<String> pages) throws InterruptedException, ExecutionException {
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            Future<String> recognized = workers.submit(() -> ocr(page));
            text.append(recognized.get()).append('\n'); // expect: wait-on-own-executor
        }
        return text.toString();
    }

    private static String ocr(String page) {
        return page.strip().toUpperCase();
    }

    @Override
    public void close() {
        workers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        try (ScanBatchProcessor processor = new ScanBatchProcessor()) {
            System.out.println(processor.process(List.of(args)).get()); // ok: wait-on-own-executor
        }
    }
}
