package testdata.cpu_heavy_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.HashMap;
import java.util.Map;

/**
 * Wholesale order intake. Totalling every line of every order is proportional to the whole batch,
 * however large the customer made it; ranking each order against four fixed tiers is not.
 */
public class OrderBatchHandler extends SimpleChannelInboundHandler<OrderBatch> {

    private static final double[] TIER_FLOORS = {0, 1_000, 10_000, 100_000};

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, OrderBatch batch) {
        Map<String, Integer> reserved = new HashMap<>();
        // one pass over a nested structure (each order's own lines): linear in its size, not a cross product
        for (OrderBatch.Order order : batch.orders()) { // ok: cpu-heavy-on-event-loop
            for (OrderBatch.Line line : order.lines()) {
                reserved.merge(line.sku(), line.quantity(), Integer::sum);
            }
        }
        int[] ordersPerTier = new int[TIER_FLOORS.length];
        for (OrderBatch.Order order : batch.orders()) { // ok: cpu-heavy-on-event-loop
            int tier = 0;
            for (int t = 0; t < 4; t++) {
                tier = order.total() >= TIER_FLOORS[t] ? t : tier;
            }
            ordersPerTier[tier]++;
        }
        ctx.writeAndFlush("RESERVED " + reserved.size() + " skus, tiers " + ordersPerTier[0] + "/"
                + ordersPerTier[1] + "/" + ordersPerTier[2] + "/" + ordersPerTier[3] + "\n");
    }
}
