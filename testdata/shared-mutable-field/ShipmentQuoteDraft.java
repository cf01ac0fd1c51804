package testdata.shared_mutable_field;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A shipping quote being put together by one checkout. The bean is prototype-scoped: every
 * ObjectProvider.getObject() call hands out a fresh instance, so its public methods are not shared
 * request methods the way OrderMetricsService's are.
 */
@Component
@Scope("prototype")
public class ShipmentQuoteDraft {

    private final long gramsPerParcelLimit;

    private int parcels;
    private long weightGrams;
    private String destination = "unknown";

    public ShipmentQuoteDraft() {
        this.gramsPerParcelLimit = 30_000;
    }

    public void addParcel(long grams) {
        if (grams > gramsPerParcelLimit) {
            throw new IllegalArgumentException("parcel over " + gramsPerParcelLimit + " g");
        }
        parcels++; // ok: shared-mutable-field
        weightGrams += grams; // ok: shared-mutable-field
    }

    public void shipTo(String country) {
        destination = country; // ok: shared-mutable-field
    }

    public String summary() {
        return parcels + " parcel(s), " + weightGrams + " g to " + destination; // ok: shared-mutable-field
    }
}
