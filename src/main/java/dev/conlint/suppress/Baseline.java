package dev.conlint.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A baseline: the stable fingerprints of findings a team has accepted for now. Findings whose
 * fingerprint is in it are reported as suppressed; new ones are reported as usual.
 */
public final class Baseline {

    private static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Set<String> read(Path file) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
                || !root.path("fingerprints").isArray()) {
            throw new IOException("not a conlint baseline (expected {\"version\": 1, \"fingerprints\": [...]})");
        }
        Set<String> out = new TreeSet<>();
        root.get("fingerprints").forEach(n -> out.add(n.asText()));
        return out;
    }

    public void write(Path file, Collection<String> fingerprints) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("fingerprints");
        new TreeSet<>(fingerprints).forEach(list::add);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json.writeValueAsString(root) + "\n");
    }
}
