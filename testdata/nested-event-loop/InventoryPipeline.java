package testdata.nested_event_loop;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;

/**
 * RxJava inventory reports. blocking* inside an operator on computation() or single() makes that
 * scheduler's thread drive another pipeline to the end; on io() it only ties up an I/O thread.
 */
public class InventoryPipeline {

    private final StockLevels stock;
    private final PriceLookup prices;

    public InventoryPipeline(StockLevels stock, PriceLookup prices) {
        this.stock = stock;
        this.prices = prices;
    }

    public Observable<String> restockReport(List<String> skus) {
        return Observable.fromIterable(skus)
                .observeOn(Schedulers.computation())
                .map(sku -> sku + "=" + stock.levelOf(sku).blockingGet()); // expect: nested-event-loop
    }

    public Observable<String> priceReport(List<String> skus) {
        return Observable.fromIterable(skus)
                .subscribeOn(Schedulers.single())
                .map(sku -> sku + "=" + prices.listPrice(sku)); // expect: nested-event-loop
    }

    public Observable<String> auditReport(List<String> skus) {
        return Observable.fromIterable(skus)
                .observeOn(Schedulers.io())
                .map(sku -> sku + "=" + stock.levelOf(sku).blockingGet()); // ok: nested-event-loop, blocking-call-on-event-loop
    }

    public Observable<String> restockReportComposed(List<String> skus) {
        return Observable.fromIterable(skus)
                .observeOn(Schedulers.computation())
                .concatMapSingle(sku -> stock.levelOf(sku).map(level -> sku + "=" + level)); // ok: nested-event-loop
    }
}
