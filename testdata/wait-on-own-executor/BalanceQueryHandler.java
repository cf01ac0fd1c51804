package testdata.wait_on_own_executor;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Balance queries over a line protocol. A task given to ctx.executor() or to the channel's event
 * loop runs on the thread that runs this handler, so waiting for it here waits for ourselves.
 * STATEMENT waits for the separate report group: not a self-wait, but still a blocked event loop.
 */
public class BalanceQueryHandler extends SimpleChannelInboundHandler<String> {

    private final LedgerBook ledger;
    private final LedgerReplies replies;
    private final DefaultEventExecutorGroup reportGroup;

    public BalanceQueryHandler(LedgerBook ledger, LedgerReplies replies, DefaultEventExecutorGroup reportGroup) {
        this.ledger = ledger;
        this.replies = replies;
        this.reportGroup = reportGroup;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        String session = ctx.channel().id().asShortText();
        ctx.channel().eventLoop().schedule(() -> ledger.warm(session), 10, TimeUnit.MILLISECONDS).sync(); // expect: wait-on-own-executor
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String command) throws Exception {
        String[] words = command.trim().split("\\s+");
        String account = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "BALANCE" -> {
                long cents = ctx.executor().submit(() -> ledger.balanceOf(account)).get(); // expect: wait-on-own-executor
                ctx.writeAndFlush("BALANCE " + account + " " + cents + "\n");
            }
            case "HISTORY" -> ctx.writeAndFlush(replies.historyOf(ctx, account)); // expect: blocking-call-on-event-loop
            case "STATEMENT" -> {
                Future<String> statement = reportGroup.submit(() -> ledger.statement(account));
                ctx.writeAndFlush(statement.get() + "\n"); // expect: blocking-call-on-event-loop
            }
            case "AUDIT" -> ctx.executor().submit(() -> ledger.balanceOf(account)) // ok: wait-on-own-executor
                    .addListener(done -> ctx.writeAndFlush("AUDITED " + account + " " + done.getNow() + "\n"));
            case "CLOSE" -> ctx.writeAndFlush("BYE\n").addListener((ChannelFutureListener) written ->
                    ctx.executor().submit(() -> ledger.warm("closing")).await()); // expect: wait-on-own-executor
            default -> ctx.writeAndFlush("ERR unknown command\n");
        }
    }
}
