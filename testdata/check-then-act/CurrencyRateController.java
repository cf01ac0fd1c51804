package testdata.check_then_act;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC endpoint for exchange rates: one controller instance serves all request threads.
 * The statistics are volatile read-modify-writes, and the rate table is loaded by the first
 * requests that find it missing.
 */
@RestController
@RequestMapping("/rates")
public class CurrencyRateController {

    private volatile long lookups;
    private volatile long misses;
    private volatile Map<String, String> currencyNames;
    private Map<String, BigDecimal> rates;
    private String baseCurrency;

    public CurrencyRateController(Environment env) {
        baseCurrency = env.getProperty("rates.base");
        if (baseCurrency == null) { // ok: check-then-act
            baseCurrency = "EUR";
        }
    }

    @GetMapping("/{currency}")
    public BigDecimal rate(@PathVariable String currency) {
        lookups++; // expect: check-then-act
        if (rates == null) { // expect: check-then-act
            rates = loadRates();
        }
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            misses = misses + 1; // expect: check-then-act
            return BigDecimal.ZERO;
        }
        return rate;
    }

    @GetMapping("/{currency}/name")
    public String name(@PathVariable String currency) {
        if (currencyNames == null) { // ok: check-then-act
            currencyNames = Map.of("EUR", "Euro", "USD", "US dollar", "GBP", "Pound sterling");
        }
        return currencyNames.getOrDefault(currency, currency);
    }

    @GetMapping("/stats")
    public String stats() {
        return lookups + " lookups, " + misses + " misses, base " + baseCurrency;
    }

    private static Map<String, BigDecimal> loadRates() {
        return Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("1.08"), "GBP", new BigDecimal("0.86"));
    }
}
