package testdata.shared_mutable_field;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checkout endpoint of the shop. The container makes one instance and runs doGet/doPost on many
 * request threads at once, so the "last customer" and "last cart" fields and the static count of
 * checkouts in flight are shared by all of them. The started counter is atomic; the currency is
 * fixed at construction; the customer id in doPost stays in a local.
 */
public class CheckoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static int checkoutsInFlight;

    private final AtomicLong checkoutsStarted = new AtomicLong();
    private final String currency;

    private String lastCustomerId;
    private String lastCartId;

    public CheckoutServlet() {
        this.currency = "EUR";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        lastCustomerId = req.getParameter("customer"); // expect: shared-mutable-field
        resp.setContentType("text/plain");
        resp.getWriter().write("checkout in " + currency + " for " + req.getParameter("customer")); // ok: shared-mutable-field
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        checkoutsInFlight++; // expect: shared-mutable-field
        try {
            String customerId = req.getParameter("customer"); // ok: shared-mutable-field
            checkoutsStarted.incrementAndGet(); // ok: shared-mutable-field
            rememberCart(req.getParameter("cart"));
            resp.setStatus(HttpServletResponse.SC_ACCEPTED);
            resp.getWriter().write("accepted for " + customerId);
        } finally {
            checkoutsInFlight--; // expect: shared-mutable-field
        }
    }

    private void rememberCart(String cartId) {
        lastCartId = cartId; // expect: shared-mutable-field
    }

    public String lastCheckout() {
        return lastCustomerId + "/" + lastCartId;
    }
}
