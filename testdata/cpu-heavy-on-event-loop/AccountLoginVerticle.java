package testdata.cpu_heavy_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Login and signup. A bcrypt check costs a quarter of a second of CPU, during which every other
 * connection of this event loop waits; executeBlocking moves it to the worker pool.
 */
public class AccountLoginVerticle extends AbstractVerticle {

    private final PasswordHasher hasher;
    private final CredentialStore credentials;

    public AccountLoginVerticle(PasswordHasher hasher, CredentialStore credentials) {
        this.hasher = hasher;
        this.credentials = credentials;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());

        router.post("/login").handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            String stored = credentials.hashOf(body.getString("user"));
            boolean valid = stored != null && BCrypt.checkpw(body.getString("password"), stored); // expect: cpu-heavy-on-event-loop
            ctx.response().setStatusCode(valid ? 204 : 401).end();
        });

        router.post("/signup").handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            String hash = hasher.hash(body.getString("password")); // expect: cpu-heavy-on-event-loop
            credentials.store(body.getString("user"), hash);
            ctx.response().setStatusCode(201).end();
        });

        router.put("/password").handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            vertx.executeBlocking(() -> hasher.hash(body.getString("password"))) // ok: cpu-heavy-on-event-loop
                    .onSuccess(hash -> {
                        credentials.store(body.getString("user"), hash);
                        ctx.response().setStatusCode(204).end();
                    })
                    .onFailure(ctx::fail);
        });

        router.post("/login/legacy").handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            String stored = credentials.hashOf("legacy:" + body.getString("user"));
            String salt = stored == null ? "" : stored.substring(0, stored.indexOf('$'));
            String offered = LegacyPasswords.hashpw(body.getString("password"), salt); // ok: cpu-heavy-on-event-loop
            ctx.response().setStatusCode(offered.equals(stored) ? 204 : 401).end();
        });

        router.get("/session/:user").handler(ctx -> {
            byte[] raw = (ctx.pathParam("user") + ":" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw); // ok: cpu-heavy-on-event-loop
            String share = ShortLinkCodec.encode(raw.length * 31L + raw[0]); // ok: cpu-heavy-on-event-loop
            ctx.response().end(new JsonObject().put("token", token).put("share", share).encode()); // ok: cpu-heavy-on-event-loop
        });

        vertx.createHttpServer().requestHandler(router).listen(8090);
    }
}
