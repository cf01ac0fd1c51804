package testdata.cpu_heavy_on_event_loop;

import java.util.ArrayList;
import java.util.List;

/** Reconciles incoming payments with open invoices by amount and reference. */
public class TransactionMatcher {

    public record Payment(String reference, long cents) {
    }

    public record Invoice(String number, long cents) {
    }

    public List<String> crossMatch(List<Payment> payments, List<Invoice> invoices) {
        List<String> matches = new ArrayList<>();
        for (Payment payment : payments) {
            for (Invoice invoice : invoices) {
                if (payment.cents() == invoice.cents() && payment.reference().contains(invoice.number())) {
                    matches.add(payment.reference() + "->" + invoice.number());
                }
            }
        }
        return matches;
    }
}
