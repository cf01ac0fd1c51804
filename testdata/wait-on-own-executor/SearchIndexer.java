package testdata.wait_on_own_executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rebuilds the product search index on a fixed pool of four threads: once four rebuild tasks wait
 * for shard tasks queued behind them, no thread is left to run a shard. The cached fetcher pool
 * grows a thread for every task it cannot start at once, so waiting on it cannot starve.
 */
public class SearchIndexer {

    private static final ExecutorService INDEXERS = Executors.newFixedThreadPool(4);
    private static final ExecutorService FETCHERS = Executors.newCachedThreadPool();

    public void rebuildAsync(List<String> shards) {
        INDEXERS.execute(() -> rebuild(shards));
    }

    public Future<Integer> compactAsync() {
        return INDEXERS.submit(this::compact);
    }

    public void refreshAsync(List<String> sources) {
        FETCHERS.execute(() -> {
            try {
                int fetched = 0;
                for (String source : sources) {
                    fetched += FETCHERS.submit(() -> source.length()).get(); // ok: wait-on-own-executor
                }
                System.out.println("fetched " + fetched + " bytes");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                System.err.println("fetch failed: " + e.getCause());
            }
        });
    }

    /** Called from main by the nightly full rebuild. */
    public int rebuildNow(List<String> shards) throws InterruptedException, ExecutionException {
        int documents = 0;
        for (Future<Integer> shard : INDEXERS.invokeAll(shardTasks(shards))) { // ok: wait-on-own-executor
            documents += shard.get();
        }
        return documents;
    }

    private void rebuild(List<String> shards) {
        try {
            List<Future<Integer>> indexed = INDEXERS.invokeAll(shardTasks(shards)); // expect: wait-on-own-executor
            System.out.println("rebuilt " + indexed.size() + " shards");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Integer compact() throws InterruptedException, ExecutionException {
        Future<Integer> merged = INDEXERS.submit(() -> mergeSegments("products"));
        return merged.get(); // expect: wait-on-own-executor
    }

    private static int mergeSegments(String index) {
        return index.length();
    }

    private static List<Callable<Integer>> shardTasks(List<String> shards) {
        return shards.stream().<Callable<Integer>>map(shard -> () -> shard.hashCode() & 0xff).toList();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new SearchIndexer().rebuildNow(List.of(args)) + " documents");
        INDEXERS.shutdown();
        FETCHERS.shutdown();
    }
}
