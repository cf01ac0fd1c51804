package testdata.blocking_in_async_chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Reads search-index segments ahead of the first query. A pool obtained from commonPool() is the
 * shared pool even when it is held in a local first; a pool the class creates is its own.
 */
public class IndexSegmentWarmer implements AutoCloseable {

    private final ForkJoinPool segmentPool = new ForkJoinPool(4);

    public ForkJoinTask<String> warmShared(Path segment) {
        ForkJoinPool pool = ForkJoinPool.commonPool();
        return pool.submit(() -> Files.readString(segment)); // expect: blocking-in-async-chain
    }

    public ForkJoinTask<String> warm(Path segment) {
        return segmentPool.submit(() -> Files.readString(segment)); // ok: blocking-in-async-chain
    }

    public String warmOnce(Path segment) throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(4); // ok: nested-event-loop
        try {
            return pool.submit(() -> Files.readString(segment)).get(); // ok: blocking-in-async-chain, wait-on-own-executor
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public void close() {
        segmentPool.shutdown();
    }
}
