package testdata.thread_unsafe_object_shared;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-connection state: the initializer creates a new handler for each channel (not @Sharable),
 * so its fields are only touched from that channel's event loop.
 */
public class TickerSessionHandler extends SimpleChannelInboundHandler<String> {

    private final List<String> watchlist = new ArrayList<>();
    private final Map<String, Integer> updatesSent = new HashMap<>();
    private final SimpleDateFormat clock = new SimpleDateFormat("HH:mm:ss");

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        String[] words = line.trim().split("\\s+");
        String symbol = words.length > 1 ? words[1].toUpperCase() : "";
        switch (words[0]) {
            case "WATCH" -> {
                watchlist.add(symbol); // ok: thread-unsafe-object-shared
                ctx.writeAndFlush(clock.format(new Date()) + " watching " + symbol + "\n"); // ok: thread-unsafe-object-shared
            }
            case "UNWATCH" -> ctx.executor().execute(() -> watchlist.remove(symbol)); // ok: thread-unsafe-object-shared
            case "TICK" -> {
                updatesSent.merge(symbol, 1, Integer::sum); // ok: thread-unsafe-object-shared
                ctx.writeAndFlush(symbol + " " + updatesSent.get(symbol) + "\n");
            }
            default -> ctx.writeAndFlush("ERR " + words[0] + "\n");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        watchlist.clear(); // ok: thread-unsafe-object-shared
        updatesSent.clear();
        ctx.fireChannelInactive();
    }
}
