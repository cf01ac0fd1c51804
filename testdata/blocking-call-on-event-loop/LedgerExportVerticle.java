package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Deployed by FulfilmentLauncher with setWorker(true): its timers fire on a worker thread,
 * so the JDBC query and the file writes below do not touch an event loop.
 */
public class LedgerExportVerticle extends AbstractVerticle {

    private final OrderDao orderDao;
    private final Path exportDir;

    public LedgerExportVerticle(OrderDao orderDao, Path exportDir) {
        this.orderDao = orderDao;
        this.exportDir = exportDir;
    }

    @Override
    public void start() throws IOException {
        List<String> previous = Files.readAllLines(exportDir.resolve("last-export.txt")); // ok: blocking-call-on-event-loop
        vertx.eventBus().publish("ledger.export.resumed", previous.size());

        vertx.setPeriodic(3_600_000, timerId -> {
            String day = LocalDate.now().minusDays(1).toString();
            List<String> settled = orderDao.settledOn(day); // ok: blocking-call-on-event-loop
            try {
                Files.write(exportDir.resolve("ledger-" + day + ".csv"), settled); // ok: blocking-call-on-event-loop
                Files.writeString(exportDir.resolve("last-export.txt"), day); // ok: blocking-call-on-event-loop
            } catch (IOException e) {
                vertx.eventBus().publish("ledger.export.failed", e.getMessage());
            }
        });
    }
}
