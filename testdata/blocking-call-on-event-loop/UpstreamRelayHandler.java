package testdata.blocking_call_on_event_loop;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Relays client frames to an upstream channel, tagged with a session token that the auth
 * service delivers asynchronously. A completion listener is only called once its own future is
 * complete, and a future checked with isSuccess() is complete, so get() on either returns at once;
 * get() on a different future inside a listener still parks the event loop.
 */
public class UpstreamRelayHandler extends ChannelInboundHandlerAdapter {

    private static final System.Logger LOG = System.getLogger(UpstreamRelayHandler.class.getName());

    private final Channel upstream;
    private final Future<String> sessionToken;

    public UpstreamRelayHandler(Channel upstream, Future<String> sessionToken) {
        this.upstream = upstream;
        this.sessionToken = sessionToken;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (sessionToken.isSuccess()) {
            ctx.writeAndFlush("SESSION " + sessionToken.get() + "\n"); // ok: blocking-call-on-event-loop
        } else {
            sessionToken.addListener((Future<String> token) -> ctx.writeAndFlush("SESSION " + token.get() + "\n")); // ok: blocking-call-on-event-loop
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        upstream.writeAndFlush(msg).addListener((ChannelFutureListener) written -> {
            if (written.isSuccess()) {
                written.get(); // ok: blocking-call-on-event-loop, wait-on-own-executor
                ctx.writeAndFlush("ACK " + sessionToken.get() + "\n"); // expect: blocking-call-on-event-loop
            } else {
                ctx.writeAndFlush("NACK\n");
            }
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        upstream.close().addListener(new ChannelFutureListener() {
            @Override
            public void operationComplete(ChannelFuture closed) throws InterruptedException {
                try {
                    closed.get(); // ok: blocking-call-on-event-loop, wait-on-own-executor
                    LOG.log(System.Logger.Level.DEBUG, "upstream closed after " + ctx.channel().remoteAddress());
                } catch (ExecutionException e) {
                    LOG.log(System.Logger.Level.WARNING, "upstream close failed", e.getCause());
                }
            }
        });
        super.channelInactive(ctx);
    }
}
