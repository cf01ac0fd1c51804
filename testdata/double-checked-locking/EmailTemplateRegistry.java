package testdata.double_checked_locking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mail templates, as an enum singleton. The compiled templates are built on first use with a
 * single check that sits entirely inside the lock.
 */
public enum EmailTemplateRegistry {
    INSTANCE; // ok: double-checked-locking

    private final Object compileLock = new Object();
    private Map<String, String> compiled;

    public String render(String template, String recipient) {
        Map<String, String> templates;
        synchronized (compileLock) {
            if (compiled == null) { // ok: double-checked-locking
                compiled = compile();
            }
            templates = compiled;
        }
        return templates.getOrDefault(template, "{name}").replace("{name}", recipient);
    }

    private static Map<String, String> compile() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("welcome", "Welcome aboard, {name}!");
        templates.put("reset", "{name}, use the link below to reset your password.");
        templates.put("invoice", "Dear {name}, your invoice is attached.");
        return Map.copyOf(templates);
    }
}
