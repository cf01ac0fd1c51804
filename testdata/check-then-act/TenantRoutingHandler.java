package testdata.check_then_act;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One handler instance on every connection of the gateway. Per-connection state is keyed by the
 * channel, so only that channel's event loop ever touches its key; the per-tenant counters are
 * shared by all connections of a tenant, on many loops at once.
 */
@ChannelHandler.Sharable
public class TenantRoutingHandler extends ChannelInboundHandlerAdapter {

    private final ConcurrentMap<Integer, StringBuilder> transcripts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> firstSeenOrder = new ConcurrentHashMap<>();

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        Channel channel = ctx.channel();
        Integer key = channel.hashCode();
        StringBuilder transcript = transcripts.get(key); // ok: check-then-act
        if (transcript == null) {
            transcripts.put(key, new StringBuilder());
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        String tenant = String.valueOf(msg).split(":", 2)[0];
        if (!firstSeenOrder.containsKey(tenant)) { // expect: check-then-act
            firstSeenOrder.put(tenant, firstSeenOrder.size());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        transcripts.remove(ctx.channel().hashCode());
    }
}
