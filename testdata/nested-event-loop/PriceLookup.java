package testdata.nested_event_loop;

import io.reactivex.rxjava3.core.Single;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** List prices. listPrice() is the synchronous convenience view: it waits with blockingGet(). */
public class PriceLookup {

    private final ConcurrentMap<String, BigDecimal> prices = new ConcurrentHashMap<>();

    public Single<BigDecimal> price(String sku) {
        return Single.fromCallable(() -> prices.getOrDefault(sku, BigDecimal.ZERO));
    }

    public BigDecimal listPrice(String sku) {
        return price(sku).blockingGet();
    }
}
