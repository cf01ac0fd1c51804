package testdata.blocking_call_on_event_loop;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Admin console gateway: checks the peer, then forwards every frame to the collector. */
public class AdminGatewayHandler extends ChannelInboundHandlerAdapter {

    private final String adminHost;
    private final Channel collector;

    public AdminGatewayHandler(String adminHost, Channel collector) {
        this.adminHost = adminHost;
        this.collector = collector;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress admin = InetAddress.getByName(adminHost); // expect: blocking-call-on-event-loop
        InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
        if (!peer.getAddress().equals(admin)) {
            ctx.close();
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        // wait until the collector has the frame before acknowledging it
        collector.writeAndFlush(msg).sync(); // expect: nested-event-loop
        ctx.writeAndFlush("ACK\n");
    }
}
