package testdata.wait_on_own_executor;

import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.ExecutionException;

/**
 * Formats ledger replies. historyOf() queues the lookup to the channel's executor and waits for
 * it, which from a handler of that channel means waiting for its own event loop.
 */
public class LedgerReplies {

    private final LedgerBook ledger;

    public LedgerReplies(LedgerBook ledger) {
        this.ledger = ledger;
    }

    public String historyOf(ChannelHandlerContext ctx, String account) throws InterruptedException, ExecutionException {
        String history = ctx.executor().submit(() -> ledger.history(account)).get(); // expect: wait-on-own-executor
        return "HISTORY " + account + " " + history + "\n";
    }
}
