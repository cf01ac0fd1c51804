package testdata.nested_event_loop;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Copies traffic to a mirror channel and to the audit service. Waiting for a write (or a connect)
 * from a handler makes this event loop wait for I/O that an event loop has to perform.
 */
public class MirrorTapHandler extends ChannelInboundHandlerAdapter {

    private final Channel mirror;
    private final UpstreamConnector connector;

    public MirrorTapHandler(Channel mirror, UpstreamConnector connector) {
        this.mirror = mirror;
        this.connector = connector;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        ByteBuf frame = (ByteBuf) msg;
        mirror.writeAndFlush(frame.retainedDuplicate()).awaitUninterruptibly(); // expect: nested-event-loop
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        Channel audit = connector.open("audit.internal", 7100); // expect: nested-event-loop
        audit.writeAndFlush("EVENT " + event + " from " + ctx.channel().remoteAddress() + "\n");
        super.userEventTriggered(ctx, event);
    }
}
