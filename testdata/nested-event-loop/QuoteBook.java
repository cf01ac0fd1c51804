package testdata.nested_event_loop;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Latest FX quotes, fed by the market-data listener and read through Reactor types. */
public class QuoteBook {

    private final ConcurrentMap<String, BigDecimal> latest = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<String>> currenciesByDesk = new ConcurrentHashMap<>();

    public Mono<String> baseCurrency() {
        return Mono.fromSupplier(() -> latest.isEmpty() ? "EUR" : latest.keySet().iterator().next());
    }

    public Mono<BigDecimal> latest(String currency) {
        return Mono.fromSupplier(() -> latest.getOrDefault(currency, BigDecimal.ONE));
    }

    public Flux<String> currenciesOf(String desk) {
        return Flux.fromIterable(currenciesByDesk.getOrDefault(desk, List.of()));
    }

    public BigDecimal refresh(String currency) {
        return latest.merge(currency, BigDecimal.ONE, (old, fresh) -> old);
    }
}
