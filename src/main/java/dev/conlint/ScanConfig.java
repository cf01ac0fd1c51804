package dev.conlint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The optional configuration file ({@code .conlint.yaml} at the scan root, or {@code --config}):
 * <pre>
 * enable: [blocking-call-on-event-loop]      # only these rules
 * disable: [blocking-in-async-chain]
 * exclude: ["**&#47;generated/**"]              # globs relative to each scan root
 * knowledge: [conlint/acme-blocking.yaml]    # extra knowledge files, relative to this file
 * </pre>
 * The CLI and the Maven goal both read it.
 */
public record ScanConfig(List<String> enable, List<String> disable, List<String> exclude, List<Path> knowledge) {

    public static final String DEFAULT_NAME = ".conlint.yaml";
    private static final Set<String> KEYS = Set.of("enable", "disable", "exclude", "knowledge");

    public static final ScanConfig EMPTY = new ScanConfig(List.of(), List.of(), List.of(), List.of());

    /** A configuration file that cannot be used, with a one-line reason. */
    public static final class ConfigError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigError(String message) {
            super(message);
        }
    }

    public ScanConfig {
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
        exclude = List.copyOf(exclude);
        knowledge = List.copyOf(knowledge);
    }

    /** Reads a configuration file; a broken one is a {@link ConfigError}. */
    public static ScanConfig read(Path file) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigError("cannot read config " + file + ": " + oneLine(e));
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return EMPTY;
        }
        if (!root.isObject()) {
            throw new ConfigError("config " + file + ": expected a mapping with " + KEYS);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigError("config " + file + ": unknown key '" + key + "' (known: enable, disable, exclude, knowledge)");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        List<Path> knowledge = new ArrayList<>();
        for (String k : strings(root.path("knowledge"))) {
            knowledge.add(dir.resolve(k).normalize());
        }
        return new ScanConfig(strings(root.path("enable")), strings(root.path("disable")),
                strings(root.path("exclude")), knowledge);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static String oneLine(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
