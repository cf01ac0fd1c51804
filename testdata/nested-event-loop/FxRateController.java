package testdata.nested_event_loop;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * FX endpoints. block() inside a controller or an operator makes the WebFlux loop drive another
 * pipeline to completion from inside this one; a scheduler made per element is a thread pool per
 * element. After publishOn(boundedElastic()) the operators run on a worker, where block() is allowed.
 */
@RestController
@RequestMapping("/fx")
public class FxRateController {

    private final QuoteBook quotes;
    private final RateCardClient rates;
    private final Scheduler refreshScheduler;

    public FxRateController(QuoteBook quotes, RateCardClient rates, Scheduler refreshScheduler) {
        this.quotes = quotes;
        this.rates = rates;
        this.refreshScheduler = refreshScheduler;
    }

    @GetMapping("/base")
    public Mono<String> base() {
        String base = quotes.baseCurrency().block(); // expect: nested-event-loop
        return Mono.just("base=" + base);
    }

    @GetMapping("/convert")
    public Flux<String> convert(@RequestParam List<String> currencies, @RequestParam BigDecimal amount) {
        return Flux.fromIterable(currencies)
                .map(currency -> amount.multiply(quotes.latest(currency).block()).toPlainString()); // expect: nested-event-loop
    }

    @GetMapping("/convert/offloaded")
    public Flux<String> convertOffloaded(@RequestParam List<String> currencies, @RequestParam BigDecimal amount) {
        return Flux.fromIterable(currencies)
                .publishOn(Schedulers.boundedElastic())
                .map(currency -> amount.multiply(quotes.latest(currency).block()).toPlainString()); // ok: nested-event-loop, blocking-call-on-event-loop
    }

    @GetMapping("/desks")
    public Flux<String> desks(@RequestParam List<String> desks) {
        return Flux.fromIterable(desks)
                .map(desk -> desk + ":" + String.join(",", quotes.currenciesOf(desk).toIterable())); // expect: nested-event-loop
    }

    @GetMapping("/treasury")
    public Flux<String> treasury(@RequestParam List<String> currencies) {
        return Flux.fromIterable(currencies)
                .map(currency -> currency + "=" + rates.currentRate(currency).toPlainString()); // expect: nested-event-loop
    }

    @GetMapping("/refresh")
    public Flux<BigDecimal> refresh(@RequestParam List<String> currencies) {
        return Flux.fromIterable(currencies)
                .flatMap(currency -> Mono.fromCallable(() -> quotes.refresh(currency))
                        .subscribeOn(Schedulers.newBoundedElastic(4, 100, "fx-refresh-" + currency))); // expect: nested-event-loop
    }

    @GetMapping("/refresh/shared")
    public Flux<BigDecimal> refreshShared(@RequestParam List<String> currencies) {
        return Flux.fromIterable(currencies)
                .flatMap(currency -> Mono.fromCallable(() -> quotes.refresh(currency))
                        .subscribeOn(refreshScheduler)); // ok: nested-event-loop
    }
}
