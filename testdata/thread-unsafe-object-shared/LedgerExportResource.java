package testdata.thread_unsafe_object_shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** JAX-RS resource with the default per-request lifecycle: each request gets its own instance. */
@Path("/ledger/export")
public class LedgerExportResource {

    private final SimpleDateFormat exportedAt = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
    private final DecimalFormat amount = new DecimalFormat("0.00");
    private final List<String> lines = new ArrayList<>();

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String export(@QueryParam("account") String account, @QueryParam("cents") List<Long> cents) {
        String stamp = exportedAt.format(new Date()); // ok: thread-unsafe-object-shared
        lines.add("# account " + account + " exported " + stamp); // ok: thread-unsafe-object-shared
        for (Long c : cents) {
            lines.add(amount.format(c / 100.0)); // ok: thread-unsafe-object-shared
        }
        return String.join("\n", lines);
    }
}
