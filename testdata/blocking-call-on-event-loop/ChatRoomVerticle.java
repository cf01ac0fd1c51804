package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;

/**
 * Chat handlers full of names that only look blocking (join, block, await, sleep, get),
 * plus one background thread started once that does the real blocking work.
 */
public class ChatRoomVerticle extends AbstractVerticle {

    private final ChatRoom rooms;
    private final IpBlocklist blocklist;
    private final PendingAcks acks;
    private final ChatArchive archive;
    private final LocalCache<String, String> nicknames;

    public ChatRoomVerticle(ChatRoom rooms, IpBlocklist blocklist, PendingAcks acks,
                            ChatArchive archive, LocalCache<String, String> nicknames) {
        this.rooms = rooms;
        this.blocklist = blocklist;
        this.acks = acks;
        this.archive = archive;
        this.nicknames = nicknames;
    }

    @Override
    public void start() {
        Thread archiver = new Thread(() -> archive.drainUntilInterrupted(), "chat-archiver"); // ok: blocking-call-on-event-loop
        archiver.setDaemon(true);
        archiver.start();

        Router router = Router.router(vertx);
        router.post("/rooms/:room/members/:user").handler(ctx -> {
            String client = ctx.request().remoteAddress().host();
            if (blocklist.isBlocked(client)) {
                ctx.response().setStatusCode(403).end();
                return;
            }
            boolean joined = rooms.join(ctx.pathParam("room"), ctx.pathParam("user")); // ok: blocking-call-on-event-loop
            ctx.response().setStatusCode(joined ? 201 : 200).end();
        });
        router.post("/rooms/:room/abuse/:address").handler(ctx -> {
            blocklist.block(ctx.pathParam("address")); // ok: blocking-call-on-event-loop
            ctx.response().setStatusCode(204).end();
        });
        vertx.eventBus().<String>consumer("chat.deliver", msg -> {
            String messageId = msg.headers().get("message-id");
            String sender = nicknames.get(msg.headers().get("sender")); // ok: blocking-call-on-event-loop
            archive.enqueue(sender + ": " + msg.body()); // ok: blocking-call-on-event-loop
            acks.await(messageId) // ok: blocking-call-on-event-loop, nested-event-loop
                    .onSuccess(recipient -> msg.reply("delivered to " + recipient))
                    .onFailure(err -> msg.fail(500, err.getMessage()));
        });
        vertx.eventBus().<Integer>consumer("chat.redeliver", msg -> {
            int attempt = msg.body();
            vertx.setTimer(Retry.sleep(attempt), // ok: blocking-call-on-event-loop
                    timerId -> vertx.eventBus().send("chat.deliver", "retry " + attempt));
        });
        vertx.createHttpServer().requestHandler(router).listen(8083);
    }
}
