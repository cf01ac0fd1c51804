package testdata.nested_event_loop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Scaled file-type icons for the backup console; rebuild() recomputes them on a pool of its own. */
public class IconCache {

    private final Map<String, Integer> sizeByType = new ConcurrentHashMap<>();

    public void rebuild(List<String> fileTypes, int size) {
        ExecutorService scalers = Executors.newFixedThreadPool(3);
        try {
            for (String type : fileTypes) {
                scalers.execute(() -> sizeByType.put(type, size));
            }
        } finally {
            scalers.shutdown();
        }
    }

    public int cachedIcons() {
        return sizeByType.size();
    }
}
