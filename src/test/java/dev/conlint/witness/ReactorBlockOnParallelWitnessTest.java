package dev.conlint.witness;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Witness for {@code nested-event-loop} (and the Reactor row of {@code blocking-call-on-event-loop}):
 * Reactor's {@code parallel()} and {@code single()} threads are non-blocking threads, and Reactor itself
 * refuses {@code Mono.block()} / {@code Flux.blockFirst()} there with
 * {@code IllegalStateException: block()/blockFirst()/blockLast() are blocking, which is not supported in
 * thread parallel-N}: the request fails, and only on the path that ran. The rule's escape hatch,
 * {@code publishOn(Schedulers.boundedElastic())}, is where {@code block()} is allowed and works.
 *
 * <p>Reactor's global schedulers are shared and are not disposed here; every wait has a timeout.
 */
// runs the anti-patterns on purpose, to show what the frameworks do with them; conlint reports each
// one (WitnessesAreFindingsTest checks that), so they are suppressed here for the self-scan
@SuppressWarnings("conlint")
class ReactorBlockOnParallelWitnessTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String REFUSAL = "block()/blockFirst()/blockLast() are blocking, which is not supported in thread ";

    /** The shape of the rule's example: a block() inside a flatMap running on a non-blocking scheduler. */
    private static Mono<String> quoteWithRateOn(Scheduler scheduler, AtomicReference<String> thread) {
        return Mono.just("quote-1")
                .publishOn(scheduler)
                .flatMap(quote -> {
                    thread.set(Thread.currentThread().getName());
                    String rate = Mono.delay(Duration.ofMillis(20)).map(x -> "1.08").block();   // the anti-pattern
                    return Mono.just(quote + "@" + rate);
                });
    }

    @Test
    void blockOnAParallelThreadIsRefused() {
        AtomicReference<String> thread = new AtomicReference<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> quoteWithRateOn(Schedulers.parallel(), thread).block(WAIT));
        System.out.printf("[witness] Reactor parallel: %s: %s%n", e.getClass().getName(), e.getMessage());
        assertTrue(thread.get().startsWith("parallel-"), thread.get());
        assertEquals(REFUSAL + thread.get(), e.getMessage());
    }

    @Test
    void blockOnTheSingleSchedulerAndBlockFirstAreRefusedToo() {
        AtomicReference<String> thread = new AtomicReference<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> quoteWithRateOn(Schedulers.single(), thread).block(WAIT));
        assertTrue(thread.get().startsWith("single-"), thread.get());
        assertEquals(REFUSAL + thread.get(), e.getMessage());

        AtomicReference<String> flux = new AtomicReference<>();
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> Mono.just(1)
                .publishOn(Schedulers.parallel())
                .map(x -> {
                    flux.set(Thread.currentThread().getName());
                    return Flux.just(1, 2, 3).blockFirst();
                })
                .block(WAIT));
        System.out.printf("[witness] Reactor single: %s; Flux.blockFirst on %s: %s%n", e.getMessage(), flux.get(), first.getMessage());
        assertEquals(REFUSAL + flux.get(), first.getMessage());
    }

    @Test
    void theRefusalIsByThreadNotByWhetherItWouldWait() {
        // this pipeline completes during subscribe, so block() would not wait: Reactor refuses on the thread alone
        AtomicReference<String> thread = new AtomicReference<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Mono.fromCallable(() -> {
                    thread.set(Thread.currentThread().getName());
                    return Mono.just("ready").map(String::toUpperCase).block();
                })
                .subscribeOn(Schedulers.parallel())
                .block(WAIT));
        assertEquals(REFUSAL + thread.get(), e.getMessage());
        // observed edge: a bare source (Mono.just, fromCallable, fromSupplier) computes its value in block()
        // without subscribing, so block() on it is never refused, on any thread
        String bare = Mono.fromCallable(() -> Mono.just("constant").block() + "/" + Mono.fromCallable(() -> "called").block())
                .subscribeOn(Schedulers.parallel()).block(WAIT);
        System.out.printf("[witness] Reactor: Mono.just(..).map(..).block() on %s refused; bare Mono.just(..).block() and fromCallable(..).block() there returned \"%s\"%n", thread.get(), bare);
        assertEquals("constant/called", bare);
    }

    @Test
    void blockOnBoundedElasticWorks() {
        AtomicReference<String> thread = new AtomicReference<>();
        String result = quoteWithRateOn(Schedulers.boundedElastic(), thread).block(WAIT);
        System.out.printf("[witness] Reactor boundedElastic: %s on %s%n", result, thread.get());
        assertTrue(thread.get().startsWith("boundedElastic-"), thread.get());
        assertEquals("quote-1@1.08", result);
    }
}
