package testdata.shared_mutable_field;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Shopping-cart endpoints. JAX-RS creates a new resource instance for every request, so keeping the
 * request's cart id and counters in fields is safe here, unlike in CheckoutServlet.
 */
@Path("/carts/{cartId}")
public class CartResource {

    private String cartId;
    private int itemsAdded;
    private String lastSku;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String summary(@PathParam("cartId") String id) {
        cartId = id; // ok: shared-mutable-field
        return "cart " + cartId + ", last item " + lastSku; // ok: shared-mutable-field
    }

    @POST
    @Path("/items")
    @Produces(MediaType.TEXT_PLAIN)
    public String addItem(@PathParam("cartId") String id, @QueryParam("sku") String sku) {
        cartId = id; // ok: shared-mutable-field
        remember(sku);
        return cartId + ": " + itemsAdded + " item(s) added";
    }

    private void remember(String sku) {
        lastSku = sku; // ok: shared-mutable-field
        itemsAdded++; // ok: shared-mutable-field
    }
}
