package testdata.thread_unsafe_object_shared;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Market-data subscriptions. One instance sits in the pipeline of every client connection, so
 * channelRead runs on all the event loops at once.
 */
@ChannelHandler.Sharable
public class TickerFanoutHandler extends ChannelInboundHandlerAdapter {

    private final Map<String, Integer> requestsBySymbol = new HashMap<>();
    private final Deque<String> recentSymbols = new ArrayDeque<>();
    private final Map<String, Long> lastRequestAt = new ConcurrentHashMap<>();
    private final LongAdder subscriptions = new LongAdder();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof String)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String symbol = ((String) msg).trim().toUpperCase();
        subscriptions.increment(); // ok: thread-unsafe-object-shared
        lastRequestAt.put(symbol, System.currentTimeMillis()); // ok: thread-unsafe-object-shared
        requestsBySymbol.merge(symbol, 1, Integer::sum); // expect: thread-unsafe-object-shared
        remember(symbol);
        ctx.writeAndFlush("SUBSCRIBED " + symbol + "\n");
    }

    private void remember(String symbol) {
        recentSymbols.addFirst(symbol); // expect: thread-unsafe-object-shared
        if (recentSymbols.size() > 50) {
            recentSymbols.removeLast(); // expect: thread-unsafe-object-shared
        }
    }

    public long subscriptionCount() {
        return subscriptions.sum();
    }
}
