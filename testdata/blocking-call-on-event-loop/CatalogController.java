package testdata.blocking_call_on_event_loop;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** WebFlux controller: its methods and operator lambdas run on Netty event-loop threads. */
@RestController
@RequestMapping("/catalog")
public class CatalogController {

    private final RestTemplate restTemplate;
    private final CatalogRepository catalog;

    public CatalogController(RestTemplate restTemplate, CatalogRepository catalog) {
        this.restTemplate = restTemplate;
        this.catalog = catalog;
    }

    @GetMapping("/products/{id}/reviews")
    public Mono<String> reviews(@PathVariable long id) {
        String reviews = restTemplate.getForObject("http://reviews/api/products/{id}", String.class, id); // expect: blocking-call-on-event-loop
        return Mono.justOrEmpty(reviews);
    }

    @GetMapping("/products")
    public Flux<String> products(@RequestParam List<Long> ids) {
        return Flux.fromIterable(ids)
                .flatMap(id -> Mono.just(catalog.describe(id))); // expect: blocking-call-on-event-loop
    }

    @GetMapping("/bundles")
    public Flux<String> bundles(@RequestParam List<Long> ids) {
        return Flux.fromIterable(ids)
                .publishOn(Schedulers.parallel())
                .map(id -> catalog.describe(id)); // expect: blocking-call-on-event-loop
    }

    @GetMapping("/compare")
    public Flux<String> compare(@RequestParam List<Long> ids) {
        return Flux.fromIterable(ids)
                .map(id -> catalog.describe(id)) // expect: blocking-call-on-event-loop
                .publishOn(Schedulers.boundedElastic());
    }

    @GetMapping("/descriptions")
    public Flux<String> descriptions(@RequestParam List<Long> ids) {
        return Flux.fromIterable(ids)
                .publishOn(Schedulers.boundedElastic())
                .map(id -> catalog.describe(id)); // ok: blocking-call-on-event-loop
    }

    @GetMapping("/products/{id}/stock")
    public Mono<Integer> stock(@PathVariable long id) {
        return Mono.fromCallable(() -> catalog.stockLevel(id)) // ok: blocking-call-on-event-loop
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/products/{id}/similar")
    public Mono<String> similar(@PathVariable long id) {
        return Mono.fromCallable(() ->
                        restTemplate.getForObject("http://recommendations/api/similar/{id}", String.class, id)) // ok: blocking-call-on-event-loop
                .subscribeOn(Schedulers.boundedElastic())
                .map(String::trim);
    }
}
