package testdata.blocking_call_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.TimeUnit;

/**
 * Operator console commands. POLL runs Poller.poll(), whose fetch() hook is cheap in every
 * subclass that inherits poll() (BlockingPoller overrides poll() and offloads its fetch());
 * REFRESH runs FeedRefresher.refresh(), whose reload() hook reads a file in DiskFeedRefresher.
 */
public class PollTriggerHandler extends SimpleChannelInboundHandler<String> {

    private final Poller poller;
    private final FeedRefresher refresher;

    public PollTriggerHandler(Poller poller, FeedRefresher refresher) {
        this.poller = poller;
        this.refresher = refresher;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String command) throws Exception {
        switch (command.trim()) {
            case "POLL" -> {
                poller.poll(); // ok: blocking-call-on-event-loop
                ctx.writeAndFlush("POLLED " + poller.pollCount() + "\n");
            }
            case "REFRESH" -> {
                refresher.refresh(); // expect: blocking-call-on-event-loop
                ctx.writeAndFlush("REFRESHED " + refresher.refreshCount() + "\n");
            }
            case "BURST" -> {
                // give the upstream collector a moment between bursts
                TimeUnit.MILLISECONDS.sleep(5); // expect: blocking-call-on-event-loop
                ctx.writeAndFlush("BURST\n");
            }
            default -> ctx.writeAndFlush("ERR unknown command\n");
        }
    }
}
