package testdata.nested_event_loop;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * Dials the upstream service for each client connection. channelActive runs once per connection,
 * so an event-loop group created there is a new set of threads per client; the right group to
 * dial from is the client channel's own event loop.
 */
public class UpstreamDialerHandler extends ChannelInboundHandlerAdapter {

    private final String upstreamHost;

    public UpstreamDialerHandler(String upstreamHost) {
        this.upstreamHost = upstreamHost;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        EventLoopGroup dialer = new NioEventLoopGroup(1); // expect: nested-event-loop
        new Bootstrap().group(dialer)
                .channel(NioSocketChannel.class)
                .handler(new StringEncoder(StandardCharsets.UTF_8))
                .connect(upstreamHost, 7200)
                .addListener((ChannelFutureListener) connected -> {
                    if (!connected.isSuccess()) {
                        ctx.close();
                    }
                });
        ctx.channel().closeFuture().addListener(closed -> dialer.shutdownGracefully());
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        // usage reports go to the collector over a connection on this channel's own event loop
        new Bootstrap().group(ctx.channel().eventLoop()) // ok: nested-event-loop
                .channel(NioSocketChannel.class)
                .handler(new StringEncoder(StandardCharsets.UTF_8))
                .connect(upstreamHost, 7201)
                .addListener((ChannelFutureListener) connected -> {
                    if (connected.isSuccess()) {
                        connected.channel().writeAndFlush(msg).addListener(ChannelFutureListener.CLOSE);
                    } else {
                        ReferenceCountUtil.release(msg);
                    }
                });
    }
}
