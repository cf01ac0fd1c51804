package testdata.blocking_call_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Price feed commands: QUOTE, CLOSE, WATCH block the event loop; HISTORY is offloaded. */
public class PriceTickHandler extends SimpleChannelInboundHandler<String> {

    private final QuoteApiClient quotes;
    private final QuoteHistoryStore history;
    private final ExecutorService historyPool;

    public PriceTickHandler(QuoteApiClient quotes, QuoteHistoryStore history, ExecutorService historyPool) {
        this.quotes = quotes;
        this.history = history;
        this.historyPool = historyPool;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String request) {
        String[] words = request.trim().split("\\s+");
        String symbol = words.length > 1 ? words[1] : "SPY";
        switch (words[0]) {
            case "QUOTE" -> {
                String price = quotes.quote(symbol).join(); // expect: blocking-call-on-event-loop
                ctx.writeAndFlush(symbol + " " + price + "\n");
            }
            case "CLOSE" -> ctx.channel().eventLoop().execute(() ->
                    ctx.writeAndFlush(history.lastClose(symbol) + "\n")); // expect: blocking-call-on-event-loop
            case "WATCH" -> {
                List<String> symbols = Arrays.asList(words).subList(1, words.length);
                symbols.forEach(s -> ctx.write(history.lastClose(s) + "\n")); // expect: blocking-call-on-event-loop
                ctx.flush();
            }
            case "HISTORY" -> historyPool.execute(() -> {
                List<String> closes = history.lastCloses(symbol); // ok: blocking-call-on-event-loop
                ctx.channel().eventLoop().execute(() -> ctx.writeAndFlush(String.join(",", closes) + "\n"));
            });
            default -> ctx.writeAndFlush("ERR unknown command " + words[0] + "\n");
        }
    }
}
