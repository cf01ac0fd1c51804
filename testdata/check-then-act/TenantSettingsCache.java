package testdata.check_then_act;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Per-tenant settings loaded from the settings service and cached. Two lookups load on a miss
 * and store with a separate put; the others let the map do check and store in one step.
 */
public class TenantSettingsCache {

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> hits = new ConcurrentHashMap<>();
    private final Map<String, String> builtIn = new HashMap<>();
    private final Function<String, String> loader;

    public TenantSettingsCache(Function<String, String> loader) {
        this.loader = loader;
        registerDefaults();
    }

    private void registerDefaults() {
        if (!builtIn.containsKey("locale")) { // ok: check-then-act
            builtIn.put("locale", "en-GB");
        }
    }

    public String value(String tenant, String key) {
        String cacheKey = tenant + "/" + key;
        if (values.get(cacheKey) == null) { // expect: check-then-act
            values.put(cacheKey, loader.apply(cacheKey));
        }
        return values.get(cacheKey);
    }

    public String timeZone(String tenant) {
        String zone = values.get(tenant + "/zone"); // expect: check-then-act
        if (zone == null) {
            zone = loader.apply(tenant + "/zone");
            values.put(tenant + "/zone", zone);
        }
        return zone;
    }

    public String currency(String tenant) {
        hits.merge(tenant, 1, Integer::sum); // ok: check-then-act
        return values.computeIfAbsent(tenant + "/currency", loader); // ok: check-then-act
    }

    public void alias(String tenant, String aliasTenant) {
        if (values.containsKey(tenant + "/zone")) { // ok: check-then-act
            values.put(aliasTenant + "/zone", loader.apply(tenant + "/zone"));
        }
    }

    public String locale(String tenant) {
        return values.getOrDefault(tenant + "/locale", builtIn.get("locale"));
    }
}
