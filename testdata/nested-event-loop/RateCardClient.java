package testdata.nested_event_loop;

import java.math.BigDecimal;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * FX rates from the treasury service. currentRate() waits for the answer with block(): from a
 * Reactor operator that drives a pipeline from inside another one; from any other event loop it
 * simply blocks that loop.
 */
public class RateCardClient {

    private final WebClient treasury;

    public RateCardClient(WebClient treasury) {
        this.treasury = treasury;
    }

    public BigDecimal currentRate(String currency) {
        return treasury.get()
                .uri("/rates/{currency}", currency)
                .retrieve()
                .bodyToMono(BigDecimal.class)
                .block();
    }
}
