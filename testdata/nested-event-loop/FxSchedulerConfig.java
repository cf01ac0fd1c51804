package testdata.nested_event_loop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Spring configuration: each @Bean method runs once, while the application context starts. */
@Configuration
public class FxSchedulerConfig {

    @Bean(destroyMethod = "dispose")
    public Scheduler refreshScheduler() {
        return Schedulers.newBoundedElastic(4, 1_000, "fx-refresh"); // ok: nested-event-loop
    }

    @Bean
    public RateCardClient rateCardClient() {
        return new RateCardClient(WebClient.create("https://treasury.internal"));
    }

    @Bean
    public QuoteBook quoteBook() {
        return new QuoteBook();
    }
}
