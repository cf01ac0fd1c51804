package testdata.thread_unsafe_object_shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Spring MVC controller (plain return values, servlet threads): one instance for all requests. */
@RestController
@RequestMapping("/fx")
public class FxQuoteController {

    private static final SimpleDateFormat VALUE_DATE = new SimpleDateFormat("dd MMM yyyy");
    private static final DateTimeFormatter TRADE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<String> SETTLEMENT_CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");

    private final DecimalFormat amountFormat = new DecimalFormat("#,##0.00");
    private final Map<String, BigDecimal> midRates = new HashMap<>();
    private final Map<String, String> aliases;
    private final Map<String, Integer> spotLagDays;

    public FxQuoteController() {
        midRates.put("EURUSD", new BigDecimal("1.0842"));
        midRates.put("GBPUSD", new BigDecimal("1.2710"));
        midRates.put("USDCAD", new BigDecimal("1.3605"));
        Map<String, String> nicknames = new HashMap<>();
        nicknames.put("CABLE", "GBPUSD");
        nicknames.put("FIBER", "EURUSD");
        aliases = Map.copyOf(nicknames);
        Map<String, Integer> lags = new HashMap<>();
        lags.put("USDCAD", 1);
        spotLagDays = Collections.unmodifiableMap(lags);
    }

    @GetMapping("/quote")
    public String quote(@RequestParam String pair, @RequestParam BigDecimal notional) {
        String symbol = aliases.getOrDefault(pair, pair); // ok: thread-unsafe-object-shared
        if (!midRates.containsKey(symbol)) { // ok: thread-unsafe-object-shared
            return "unknown pair " + pair;
        }
        BigDecimal converted = notional.multiply(midRates.get(symbol)); // ok: thread-unsafe-object-shared
        String value = valueDate(symbol);
        return symbol + " " + amountFormat.format(converted) + " value " + value; // expect: thread-unsafe-object-shared
    }

    @GetMapping("/spread")
    public String spread(@RequestParam double bid, @RequestParam double ask) {
        NumberFormat percent = NumberFormat.getPercentInstance();
        return percent.format((ask - bid) / ask); // ok: thread-unsafe-object-shared
    }

    @GetMapping("/settles")
    public boolean settles(@RequestParam String currency) {
        return SETTLEMENT_CURRENCIES.contains(currency); // ok: thread-unsafe-object-shared
    }

    @GetMapping("/trade-date")
    public String tradeDate() {
        return TRADE_DATE.format(LocalDate.now()); // ok: thread-unsafe-object-shared
    }

    private String valueDate(String symbol) {
        int lag = spotLagDays.getOrDefault(symbol, 2); // ok: thread-unsafe-object-shared
        return VALUE_DATE.format(new Date(System.currentTimeMillis() + lag * 86_400_000L)); // expect: thread-unsafe-object-shared
    }
}
