package testdata.double_checked_locking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Application settings read once from the classpath, plus per-environment overrides. settings and
 * overrides are plain fields double-checked under this; defaults is volatile and therefore safe.
 */
public class ConfigCache {

    private final String resource;
    private Properties settings;
    private Map<String, String> overrides;
    private volatile Properties defaults;

    public ConfigCache(String resource) {
        this.resource = resource;
    }

    public String value(String key) {
        if (this.settings == null) { // expect: double-checked-locking
            synchronized (this) {
                if (this.settings == null) {
                    this.settings = load(resource);
                }
            }
        }
        return overrides().getOrDefault(key, this.settings.getProperty(key, defaults().getProperty(key)));
    }

    private Map<String, String> overrides() {
        if (null == overrides) { // expect: double-checked-locking
            synchronized (this) {
                if (null == overrides) {
                    overrides = Map.copyOf(System.getenv());
                }
            }
        }
        return overrides;
    }

    private Properties defaults() {
        if (defaults == null) { // ok: double-checked-locking
            synchronized (this) {
                if (defaults == null) {
                    defaults = load("defaults.properties");
                }
            }
        }
        return defaults;
    }

    private static Properties load(String name) {
        Properties loaded = new Properties();
        try (InputStream in = ConfigCache.class.getResourceAsStream("/" + name)) {
            if (in != null) {
                loaded.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return loaded;
    }
}
