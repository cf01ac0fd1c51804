package testdata.nested_event_loop;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import org.springframework.web.reactive.function.client.WebClient;

/** Bootstrap of the partner services: the one Vert.x runtime of the process is created here. */
public final class PartnerLauncher {

    private PartnerLauncher() {
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx(); // ok: nested-event-loop
        vertx.deployVerticle(new PartnerSyncVerticle(new PartnerExporter()));
        vertx.deployVerticle(new PartnerTokenVerticle(new RateCardClient(WebClient.create("https://treasury.internal"))));
        vertx.deployVerticle(new LedgerSyncVerticle(),
                new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
    }
}
