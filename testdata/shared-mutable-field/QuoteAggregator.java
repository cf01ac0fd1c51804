package testdata.shared_mutable_field;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Collects FX quotes from the trading venues on the quote pool. The request counter is bumped by
 * one async task per venue, the reference refresh time and the best quote are set by async tasks
 * and stage callbacks and read by the pricing desk on its own thread; the published quote is
 * volatile, and quoteNow() reads the latency its task measured only after joining it.
 */
public class QuoteAggregator {

    public record VenueQuote(String venue, String pair, long priceMicros) { }

    public interface VenueClient {
        VenueQuote fetch(String venue, String pair);
    }

    private final Executor quotePool;
    private final VenueClient client;

    private int requestsSent;
    private long referenceRefreshedAt;
    private VenueQuote bestQuote;
    private volatile VenueQuote published;
    private long lastLatencyMicros;

    public QuoteAggregator(Executor quotePool, VenueClient client) {
        this.quotePool = quotePool;
        this.client = client;
    }

    public List<CompletableFuture<VenueQuote>> requestAll(String pair, List<String> venues) {
        List<CompletableFuture<VenueQuote>> calls = new ArrayList<>();
        for (String venue : venues) {
            calls.add(CompletableFuture.supplyAsync(() -> fetchCounted(venue, pair), quotePool));
        }
        return calls;
    }

    private VenueQuote fetchCounted(String venue, String pair) {
        requestsSent++; // expect: shared-mutable-field
        return client.fetch(venue, pair);
    }

    public CompletableFuture<Void> refreshReference(String pair) {
        return CompletableFuture.runAsync(() -> {
            VenueQuote reference = client.fetch("ecb", pair);
            published = reference; // ok: shared-mutable-field
            referenceRefreshedAt = System.currentTimeMillis(); // expect: shared-mutable-field
        }, quotePool);
    }

    public CompletableFuture<Void> watch(String venue, String pair) {
        return CompletableFuture.supplyAsync(() -> client.fetch(venue, pair), quotePool)
                .thenAccept(quote -> bestQuote = quote); // expect: shared-mutable-field
    }

    public VenueQuote quoteNow(String venue, String pair) {
        CompletableFuture<VenueQuote> call = CompletableFuture.supplyAsync(() -> {
            long begin = System.nanoTime();
            VenueQuote fetched = client.fetch(venue, pair);
            lastLatencyMicros = (System.nanoTime() - begin) / 1_000; // ok: shared-mutable-field
            return fetched;
        }, quotePool);
        VenueQuote quote = call.join();
        if (lastLatencyMicros > 50_000) {
            return new VenueQuote(venue, pair, -1);
        }
        return quote;
    }

    public String deskStatus() {
        return requestsSent + " requests, reference age " + (System.currentTimeMillis() - referenceRefreshedAt)
                + " ms, best " + bestQuote + ", published " + published;
    }
}
