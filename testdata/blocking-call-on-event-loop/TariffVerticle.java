package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;

/**
 * Tariff endpoints over TariffStore's overloads. conlint does not know argument types, so it
 * cannot tell load(String) from load(Path), or save(String, String) from save(Path, String): a
 * call of an overloaded project method is reported only when every overload with that many
 * arguments blocks.
 */
public class TariffVerticle extends AbstractVerticle {

    private final TariffStore tariffs;
    private final Path sheetDir;

    public TariffVerticle(TariffStore tariffs, Path sheetDir) {
        this.tariffs = tariffs;
        this.sheetDir = sheetDir;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());

        router.get("/tariffs/sheets/:region").handler(ctx -> {
            Path sheet = sheetDir.resolve(ctx.pathParam("region") + ".csv");
            // load(Path) reads memory, load(String) queries the database: only one of them blocks
            String tariff = tariffs.load(sheet); // ok: blocking-call-on-event-loop
            ctx.response().end(tariff);
        });

        router.put("/tariffs/:key").handler(ctx -> {
            // both save overloads block (JDBC and a file write), so whichever this is, it blocks
            tariffs.save(ctx.pathParam("key"), ctx.body().asString()); // expect: blocking-call-on-event-loop
            ctx.response().setStatusCode(204).end();
        });

        vertx.createHttpServer().requestHandler(router).listen(8088);
    }
}
