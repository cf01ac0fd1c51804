package testdata.blocking_call_on_event_loop;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Non-blocking payment client built on WebClient. Nothing here blocks; a caller that calls
 * block() on the returned Mono does.
 */
public class PaymentGateway {

    private final WebClient webClient;

    public PaymentGateway(String baseUrl) {
        this.webClient = WebClient.create(baseUrl);
    }

    public Mono<String> authorize(String sku, BigDecimal amount) {
        return webClient.post()
                .uri("/v2/authorizations")
                .bodyValue(Map.of("reference", sku, "amount", amount.toPlainString()))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<Void> capture(String authorizationId) {
        return webClient.post()
                .uri("/v2/authorizations/{id}/capture", authorizationId)
                .retrieve()
                .bodyToMono(Void.class);
    }
}
