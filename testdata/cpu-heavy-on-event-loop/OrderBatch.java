package testdata.cpu_heavy_on_event_loop;

import java.util.List;

/**
 * A batch of orders as the wholesale gateway receives it: one frame, any number of orders, each
 * with any number of lines. The decoder builds it; OrderBatchHandler consumes it.
 */
public record OrderBatch(String customer, List<Order> orders) {

    public OrderBatch {
        orders = List.copyOf(orders);
    }

    public record Order(String id, double total, List<Line> lines) {
        public Order {
            lines = List.copyOf(lines);
        }
    }

    public record Line(String sku, int quantity) {
    }
}
