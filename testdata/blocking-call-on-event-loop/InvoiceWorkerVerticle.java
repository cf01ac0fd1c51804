package testdata.blocking_call_on_event_loop;

import io.vertx.core.AbstractVerticle;

/**
 * Deployed by FulfilmentLauncher with ThreadingModel.WORKER: start() and every handler it
 * registers run on worker threads, so blocking here is the intended design.
 */
public class InvoiceWorkerVerticle extends AbstractVerticle {

    private final OrderService orderService;

    public InvoiceWorkerVerticle(OrderService orderService) {
        this.orderService = orderService;
    }

    @Override
    public void start() {
        vertx.eventBus().<Long>consumer("invoices.render", msg -> {
            String invoice = orderService.renderInvoice(msg.body()); // ok: blocking-call-on-event-loop
            msg.reply(invoice);
        });
        vertx.eventBus().<Long>consumer("invoices.resend", msg -> {
            try {
                // the mail relay accepts at most four messages per second
                Thread.sleep(250); // ok: blocking-call-on-event-loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String invoice = orderService.renderInvoice(msg.body()); // ok: blocking-call-on-event-loop
            vertx.eventBus().send("mail.outbound", invoice);
        });
    }
}
