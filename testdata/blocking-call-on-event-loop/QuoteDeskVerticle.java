package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Trading desk quotes. A future the same code has checked with isDone() or
 * isCompletedExceptionally() is complete, so join() on it returns at once; an unchecked join()
 * parks the event loop until the quote service answers.
 */
public class QuoteDeskVerticle extends AbstractVerticle {

    private final QuoteApiClient quotes;

    public QuoteDeskVerticle(QuoteApiClient quotes) {
        this.quotes = quotes;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);

        router.get("/desk/quotes/:symbol").handler(ctx -> {
            CompletableFuture<String> pending = quotes.quote(ctx.pathParam("symbol"));
            String ready = priceIfReady(pending); // ok: blocking-call-on-event-loop
            if (ready != null) {
                ctx.response().end(ready);
                return;
            }
            Future.fromCompletionStage(pending, vertx.getOrCreateContext())
                    .onSuccess(price -> ctx.response().end(price))
                    .onFailure(ctx::fail);
        });

        router.get("/desk/quotes/:symbol/strict").handler(ctx -> {
            CompletableFuture<String> pending = quotes.quote(ctx.pathParam("symbol"));
            if (pending.isCompletedExceptionally()) {
                try {
                    pending.join(); // ok: blocking-call-on-event-loop
                } catch (CompletionException e) {
                    ctx.fail(502, e.getCause());
                }
                return;
            }
            Future.fromCompletionStage(pending, vertx.getOrCreateContext())
                    .onSuccess(price -> ctx.response().end(price))
                    .onFailure(ctx::fail);
        });

        router.get("/desk/quotes/:symbol/now").handler(ctx -> {
            CompletableFuture<String> pending = quotes.quote(ctx.pathParam("symbol"));
            ctx.response().end(pending.join()); // expect: blocking-call-on-event-loop
        });

        vertx.createHttpServer().requestHandler(router).listen(8086);
    }

    /** The quote when it has already arrived (a failed one throws), else null. */
    private static String priceIfReady(CompletableFuture<String> pending) {
        if (pending.isDone()) {
            return pending.join(); // ok: blocking-call-on-event-loop
        }
        return null;
    }
}
