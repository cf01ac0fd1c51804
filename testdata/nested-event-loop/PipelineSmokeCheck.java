package testdata.nested_event_loop;

import java.math.BigDecimal;

/**
 * Release smoke check, run from the command line after a deployment. It owns its main thread, so
 * waiting for pipelines here drives no event loop.
 */
public final class PipelineSmokeCheck {

    private PipelineSmokeCheck() {
    }

    public static void main(String[] args) {
        QuoteBook quotes = new QuoteBook();
        StockLevels stock = new StockLevels();
        System.out.println("base currency " + quotes.baseCurrency().block()); // ok: nested-event-loop
        System.out.println("stock of SKU-1 " + stock.levelOf("SKU-1").blockingGet()); // ok: nested-event-loop
        System.exit(quotesAnswer(quotes) ? 0 : 1);
    }

    static boolean quotesAnswer(QuoteBook quotes) {
        BigDecimal usd = quotes.latest("USD").block(); // ok: nested-event-loop
        return usd != null && usd.signum() > 0;
    }
}
