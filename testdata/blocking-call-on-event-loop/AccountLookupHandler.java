package testdata.blocking_call_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * Account lookups over JDBC. NettyGatewayServer adds this handler with its own
 * DefaultEventExecutorGroup, so its callbacks never run on an I/O event loop.
 */
public class AccountLookupHandler extends SimpleChannelInboundHandler<String> {

    private final CustomerRepository customers;

    public AccountLookupHandler(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        long customerId = Long.parseLong(line.trim());
        if (!customers.exists(customerId)) { // ok: blocking-call-on-event-loop
            ctx.writeAndFlush("NOT_FOUND " + customerId + "\n");
            return;
        }
        String email = customers.findEmail(customerId); // ok: blocking-call-on-event-loop
        String phone = customers.findPhone(customerId).orElse("-"); // ok: blocking-call-on-event-loop
        AuditTrail.record("account lookup " + customerId); // ok: blocking-call-on-event-loop
        ctx.writeAndFlush(customerId + ";" + email + ";" + phone + "\n");
    }
}
