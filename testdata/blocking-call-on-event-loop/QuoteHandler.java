package testdata.blocking_call_on_event_loop;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Functional WebFlux endpoints for quotes, plus a server-sent price stream. */
@Component
public class QuoteHandler {

    private final QuoteFeedDao quoteFeed;

    public QuoteHandler(QuoteFeedDao quoteFeed) {
        this.quoteFeed = quoteFeed;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/quotes/{symbol}", this::latest)
                .GET("/quotes/{symbol}/history", this::history)
                .build();
    }

    Mono<ServerResponse> latest(ServerRequest request) {
        String price = quoteFeed.lastPrice(request.pathVariable("symbol")); // expect: blocking-call-on-event-loop
        return ServerResponse.ok().bodyValue(price);
    }

    Mono<ServerResponse> history(ServerRequest request) {
        String symbol = request.pathVariable("symbol");
        return Mono.fromCallable(() -> quoteFeed.history(symbol)) // ok: blocking-call-on-event-loop
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(prices -> ServerResponse.ok().bodyValue(prices));
    }

    /** Flux.interval emits on Schedulers.parallel(): a non-blocking thread. */
    public Flux<String> ticks(String symbol) {
        return Flux.interval(Duration.ofSeconds(1))
                .map(tick -> quoteFeed.lastPrice(symbol)); // expect: blocking-call-on-event-loop
    }

    public Flux<String> ticksOffloaded(String symbol) {
        return Flux.interval(Duration.ofSeconds(1))
                .onBackpressureDrop()
                .publishOn(Schedulers.boundedElastic())
                .map(tick -> quoteFeed.lastPrice(symbol)); // ok: blocking-call-on-event-loop
    }
}
