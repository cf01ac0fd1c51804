package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Batch job started by cron through its own main method: a plain thread, no servlet
 * container and no event loop, so waiting on the database, DNS and disk is fine here.
 */
public class NightlySettlementJob implements Runnable {

    private final OrderDao orders;
    private final CustomerRepository customers;
    private final Path outputDir;

    public NightlySettlementJob(OrderDao orders, CustomerRepository customers, Path outputDir) {
        this.orders = orders;
        this.customers = customers;
        this.outputDir = outputDir;
    }

    @Override
    public void run() {
        String day = LocalDate.now().minusDays(1).toString();
        try {
            InetAddress ledgerHost = InetAddress.getByName("ledger.internal"); // ok: blocking-call-on-event-loop
            List<String> settled = orders.settledOn(day); // ok: blocking-call-on-event-loop
            String contact = customers.findEmail(1L); // ok: blocking-call-on-event-loop
            Files.write(outputDir.resolve("settlement-" + day + ".csv"), settled); // ok: blocking-call-on-event-loop
            AuditTrail.record("settled " + settled.size() + " orders for " + ledgerHost.getHostAddress() // ok: blocking-call-on-event-loop
                    + ", report to " + contact);
        } catch (IOException e) {
            throw new UncheckedIOException("settlement export failed for " + day, e);
        }
    }

    public static void main(String[] args) {
        OrderDao orders = new OrderDao(Databases.lookup("orders"));
        CustomerRepository customers = new JdbcCustomerRepository(Databases.lookup("crm"));
        new NightlySettlementJob(orders, customers, Path.of(args.length > 0 ? args[0] : ".")).run(); // ok: blocking-call-on-event-loop
    }
}
