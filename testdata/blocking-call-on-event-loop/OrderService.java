package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Business layer over OrderDao; blocks wherever the DAO does, plus template reads. */
public class OrderService {

    private final OrderDao orderDao;
    private final Path invoiceTemplate;

    public OrderService(OrderDao orderDao, Path invoiceTemplate) {
        this.orderDao = orderDao;
        this.invoiceTemplate = invoiceTemplate;
    }

    public String load(long orderId) {
        String status = orderDao.findStatus(orderId);
        return "{\"id\":" + orderId + ",\"status\":\"" + status + "\"}";
    }

    public String renderInvoice(long orderId) {
        List<String> lines = orderDao.invoiceLines(orderId);
        try {
            String template = Files.readString(invoiceTemplate);
            return template.replace("{{orderId}}", String.valueOf(orderId))
                    .replace("{{lines}}", String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + invoiceTemplate, e);
        }
    }

    public String dailySummary(String day) {
        return orderDao.summaryFor(day);
    }

    public String monthlySummary(String month) {
        return orderDao.summaryFor(month);
    }
}
