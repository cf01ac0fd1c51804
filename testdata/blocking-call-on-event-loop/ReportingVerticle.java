package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds uptime reports from the probe log. MonitoringLauncher deploys it through a supplier
 * (ReportingVerticle::new) with worker options, so start() runs on a worker thread.
 */
public class ReportingVerticle extends AbstractVerticle {

    private static final Path PROBE_LOG = Path.of("var", "monitoring", "probes.log");

    @Override
    public void start() throws Exception {
        List<String> probes = Files.readAllLines(PROBE_LOG); // ok: blocking-call-on-event-loop
        long failures = probes.stream().filter(line -> line.endsWith(" DOWN")).count();
        vertx.eventBus().publish("monitoring.uptime", probes.size() - failures + "/" + probes.size());
    }
}
