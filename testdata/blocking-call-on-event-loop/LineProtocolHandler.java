package testdata.blocking_call_on_event_loop;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Text protocol "EMAIL id [referrerId]" served on the Netty event loop. */
public class LineProtocolHandler extends SimpleChannelInboundHandler<String> {

    private final CustomerRepository customers;
    private final Path journal;

    public LineProtocolHandler(CustomerRepository customers, Path journal) {
        this.customers = customers;
        this.journal = journal;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        String[] words = line.trim().split("\\s+");
        if (words.length < 2 || !"EMAIL".equals(words[0])) {
            ctx.writeAndFlush("ERR usage: EMAIL <customerId> [referrerId]\n");
            return;
        }
        long customerId = Long.parseLong(words[1]);
        String email = customers.findEmail(customerId); // expect: blocking-call-on-event-loop
        Optional.ofNullable(words.length > 2 ? words[2] : null)
                .map(Long::parseLong)
                .ifPresent(referrer -> ctx.write("referred-by " + customers.findEmail(referrer) + "\n")); // expect: blocking-call-on-event-loop
        ctx.writeAndFlush(email + "\n").addListener((ChannelFutureListener) future -> {
            String entry = customerId + (future.isSuccess() ? " sent\n" : " failed\n");
            Files.writeString(journal, entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND); // expect: blocking-call-on-event-loop
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.writeAndFlush("ERR " + cause.getMessage() + "\n").addListener(ChannelFutureListener.CLOSE);
    }
}
