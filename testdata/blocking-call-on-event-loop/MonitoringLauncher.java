package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Deploys the monitoring verticles through suppliers, one verticle instance per deployed
 * instance. Where the options make them workers, their start() may block; with default
 * threading, start() runs on an event loop.
 */
public final class MonitoringLauncher {

    private MonitoringLauncher() {
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx(); // ok: nested-event-loop
        Path targetsFile = Path.of("config", "probe-targets.txt");
        Path bannerFile = Path.of("config", "status-banner.txt");

        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() throws Exception {
                List<String> targets = Files.readAllLines(targetsFile); // ok: blocking-call-on-event-loop
                vertx.eventBus().publish("monitoring.targets", String.join(",", targets));
            }
        }, new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER).setInstances(2));

        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() throws Exception {
                String banner = Files.readString(bannerFile); // expect: blocking-call-on-event-loop
                vertx.eventBus().<String>consumer("monitoring.banner", msg -> msg.reply(banner));
            }
        }, new DeploymentOptions().setInstances(4));

        vertx.deployVerticle(ReportingVerticle::new, new DeploymentOptions().setWorker(true));
    }
}
