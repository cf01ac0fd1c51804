package testdata.blocking_call_on_event_loop;

import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive facade over the JDBC stock tables. The sources wrap blocking calls without choosing a
 * scheduler: their callers add subscribeOn(Schedulers.boundedElastic()), which conlint cannot see
 * from here, so a source lambda is not reported. An operator on a plain Mono.just(...) pipeline
 * runs on the subscriber's non-blocking thread, wherever the pipeline is subscribed.
 */
public class ReactiveStockRepository {

    private final JdbcTemplate jdbc;

    public ReactiveStockRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Mono<Integer> stockLevel(String sku) {
        return Mono.fromCallable(() ->
                jdbc.queryForObject("SELECT quantity FROM stock WHERE sku = ?", Integer.class, sku)); // ok: blocking-call-on-event-loop
    }

    public Mono<String> warehouseOf(String sku) {
        return Mono.defer(() -> Mono.justOrEmpty(
                jdbc.queryForObject("SELECT warehouse FROM stock WHERE sku = ?", String.class, sku))); // ok: blocking-call-on-event-loop
    }

    public Flux<String> skusBelow(int threshold) {
        return Flux.create(sink -> {
            jdbc.queryForList("SELECT sku FROM stock WHERE quantity < ?", String.class, threshold) // ok: blocking-call-on-event-loop
                    .forEach(sink::next);
            sink.complete();
        });
    }

    public Mono<Integer> reserve(String sku, int quantity) {
        return Mono.just(sku)
                .map(s -> jdbc.update("UPDATE stock SET quantity = quantity - ? WHERE sku = ?", quantity, s)); // expect: blocking-call-on-event-loop
    }
}
