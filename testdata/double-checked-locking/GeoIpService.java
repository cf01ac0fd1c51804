package testdata.double_checked_locking;

import java.util.Locale;
import java.util.Map;

/**
 * Country lookup for client addresses. The service is a lazy singleton through the holder-class
 * idiom (class initialisation is the lock); the country names load in a synchronized method.
 */
public final class GeoIpService {

    private static final class GeoIpHolder {
        static final GeoIpService INSTANCE = new GeoIpService();
    }

    private static Map<String, String> countryNames;

    private GeoIpService() {
    }

    public static GeoIpService getInstance() {
        return GeoIpHolder.INSTANCE; // ok: double-checked-locking
    }

    public String countryOf(String address) {
        String code = address.startsWith("10.") ? "ZZ" : address.startsWith("81.") ? "FR" : "DE";
        return countryNames().getOrDefault(code, code);
    }

    private static synchronized Map<String, String> countryNames() {
        if (countryNames == null) { // ok: double-checked-locking
            countryNames = Map.of(
                    "DE", Locale.GERMANY.getDisplayCountry(Locale.ENGLISH),
                    "FR", Locale.FRANCE.getDisplayCountry(Locale.ENGLISH),
                    "ZZ", "private network");
        }
        return countryNames;
    }
}
