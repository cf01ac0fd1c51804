package testdata.wait_on_own_executor;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Archives receipts. executeBlocking runs the write on a worker, but its future is completed back
 * on the calling context: waiting for it on the event loop waits for the event loop itself.
 */
public class ReceiptArchiveVerticle extends AbstractVerticle {

    private final Path archive = Path.of("var", "receipts");

    @Override
    public void start() {
        vertx.eventBus().<String>consumer("receipts.archive", msg -> {
            String id = msg.body();
            Future<Path> written = vertx.executeBlocking(() -> Files.writeString(archive.resolve(id), id));
            Path file = written.toCompletionStage().toCompletableFuture().join(); // expect: wait-on-own-executor
            msg.reply(file.toString());
        });
        vertx.eventBus().<String>consumer("receipts.archive-async", msg -> {
            vertx.executeBlocking(() -> Files.writeString(archive.resolve(msg.body()), msg.body())) // ok: wait-on-own-executor
                    .onSuccess(file -> msg.reply(file.toString()));
        });
    }

    /** A command-line tool's main thread is no Vert.x context: the same wait is only a wait. */
    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx(); // ok: nested-event-loop
        Path file = vertx.executeBlocking(() -> Files.writeString(Path.of(args[0]), "manual"))
                .toCompletionStage().toCompletableFuture().join(); // ok: wait-on-own-executor, blocking-call-on-event-loop
        System.out.println(file);
        vertx.close();
    }
}
