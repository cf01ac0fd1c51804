package testdata.blocking_call_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.time.Duration;
import java.util.UUID;

/**
 * Tracks an upload session per connection and deletes its spool file when the session ends.
 * GlobalEventExecutor runs tasks on Netty's single background thread, away from the I/O loops;
 * the channel's own event loop is an I/O loop.
 */
public class UploadSessionHandler extends ChannelInboundHandlerAdapter {

    private static final GlobalEventExecutor HOUSEKEEPING = GlobalEventExecutor.INSTANCE;

    private final UploadSpool spool;
    private final String sessionId = UUID.randomUUID().toString();

    public UploadSessionHandler(UploadSpool spool) {
        this.spool = spool;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        // sweep uploads abandoned by earlier connections
        HOUSEKEEPING.execute(() -> spool.purgeOlderThan(Duration.ofDays(1))); // ok: blocking-call-on-event-loop
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        GlobalEventExecutor.INSTANCE.execute(() -> spool.purge(sessionId)); // ok: blocking-call-on-event-loop
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.channel().eventLoop().execute(() -> spool.purge(sessionId)); // expect: blocking-call-on-event-loop
        ctx.close();
    }
}
