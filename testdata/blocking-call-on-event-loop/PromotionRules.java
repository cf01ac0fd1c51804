package testdata.blocking_call_on_event_loop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** A tiny in-memory rules engine; execute() evaluates rules, it runs no command or request. */
public class PromotionRules {

    private final Map<String, BigDecimal> discountBySkuPrefix;

    public PromotionRules(Map<String, BigDecimal> discountBySkuPrefix) {
        this.discountBySkuPrefix = Map.copyOf(discountBySkuPrefix);
    }

    public BigDecimal execute(String sku, BigDecimal unitPrice) {
        BigDecimal discount = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> rule : discountBySkuPrefix.entrySet()) {
            if (sku.startsWith(rule.getKey()) && rule.getValue().compareTo(discount) > 0) {
                discount = rule.getValue();
            }
        }
        BigDecimal factor = BigDecimal.ONE.subtract(discount);
        return unitPrice.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }
}
