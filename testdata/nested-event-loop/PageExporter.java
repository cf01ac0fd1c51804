package testdata.nested_event_loop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Renders pages for export. Every call builds its own four-thread pool, renders into it and lets
 * it wind down: cheap to write, a fresh set of threads per click for whoever calls it.
 */
public class PageExporter {

    private final Map<Integer, String> rendered = new ConcurrentHashMap<>();

    public void exportAll(List<String> pages) {
        ThreadPoolExecutor renderers = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            for (int page = 0; page < pages.size(); page++) {
                int number = page + 1;
                String text = pages.get(page);
                renderers.execute(() -> rendered.put(number, "<page " + number + ">" + text));
            }
        } finally {
            renderers.shutdown();
        }
    }

    public int renderedPages() {
        return rendered.size();
    }
}
