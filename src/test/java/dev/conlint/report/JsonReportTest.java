package dev.conlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conlint.finding.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path root;

    private JsonNode parse(ScanResult result) throws IOException {
        return json.readTree(Fixtures.render(new JsonReport("1.2.3"), result));
    }

    @Test
    void documentedTopLevelShape() throws IOException {
        JsonNode log = parse(Fixtures.full(root));
        assertEquals(List.of("version", "tool", "sourceRoot", "summary", "findings", "suppressed", "problems"),
                names(log));
        assertEquals(1, log.get("version").asInt());
        assertEquals("conlint", log.at("/tool/name").asText());
        assertEquals("1.2.3", log.at("/tool/version").asText());
        assertEquals(root.toAbsolutePath().toString().replace('\\', '/'), log.get("sourceRoot").asText());

        JsonNode summary = log.get("summary");
        assertEquals(3, summary.get("findings").asInt());
        assertEquals(2, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(0, summary.get("notes").asInt());
        assertEquals(2, summary.get("suppressed").asInt());
        assertEquals(1, summary.get("problems").asInt());
        assertEquals(3, summary.get("files").asInt());
        assertEquals(2, summary.get("analysedFiles").asInt());
    }

    @Test
    void findingsCarryRelativeLocationsChainsAndFingerprints() throws IOException {
        JsonNode log = parse(Fixtures.full(root));
        JsonNode findings = log.get("findings");
        assertEquals(3, findings.size());
        assertEquals("src/app/Counter.java", findings.at("/0/location/path").asText(), "sorted by path");

        JsonNode indirect = findings.get(2);
        assertEquals(List.of("rule", "level", "message", "context", "location", "chain", "related", "fingerprint"),
                names(indirect));
        assertEquals("blocking-call-on-event-loop", indirect.get("rule").asText());
        assertEquals("error", indirect.get("level").asText());
        assertEquals(Fixtures.CONTEXT, indirect.get("context").asText());
        assertEquals("src/app/OrderVerticle.java", indirect.at("/location/path").asText());
        assertEquals(7, indirect.at("/location/line").asInt());
        assertEquals(13, indirect.at("/location/column").asInt());
        assertEquals(7, indirect.at("/location/endLine").asInt());
        assertEquals(28, indirect.at("/location/endColumn").asInt(), "inclusive, as in the records");
        assertEquals(2, indirect.get("chain").size());
        assertEquals("src/app/OrderService.java", indirect.at("/chain/1/location/path").asText());
        assertEquals("OrderService.load calls Thread.sleep", indirect.at("/chain/1/description").asText());
        assertEquals(0, indirect.get("related").size());
        assertTrue(indirect.get("fingerprint").asText().matches("[0-9a-f]{32}"));

        JsonNode shared = findings.get(0);
        assertEquals("field count declared here", shared.at("/related/0/description").asText());

        // the JSON fingerprint is the SARIF conlint/v1 one
        JsonNode sarif = json.readTree(Fixtures.render(new SarifReport("1.2.3", false), Fixtures.full(root)));
        List<String> sarifPrints = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> sarifPrints.add(r.at("/partialFingerprints/conlint~1v1").asText()));
        List<String> jsonPrints = new ArrayList<>();
        findings.forEach(f -> jsonPrints.add(f.get("fingerprint").asText()));
        assertEquals(sarifPrints, jsonPrints);
    }

    @Test
    void suppressedAndProblems() throws IOException {
        JsonNode log = parse(Fixtures.full(root));
        JsonNode suppressed = log.get("suppressed");
        assertEquals(2, suppressed.size());
        assertEquals("baseline", suppressed.at("/0/suppression/kind").asText());
        assertTrue(suppressed.at("/0/suppression/justification").isNull());
        assertEquals("inSource", suppressed.at("/1/suppression/kind").asText());
        assertEquals("runs before the loop starts", suppressed.at("/1/suppression/justification").asText());
        assertEquals("src/app/OrderService.java", suppressed.at("/1/location/path").asText());
        assertFalse(log.at("/findings/0").has("suppression"));

        assertEquals("src/Broken.java", log.at("/problems/0/path").asText());
        assertEquals("could not parse: ';' expected at line 3", log.at("/problems/0/message").asText());
    }

    @Test
    void emptyResultHasEmptyArraysAndTheWriterStaysOpen() throws IOException {
        StringWriter target = new StringWriter();
        boolean[] closed = {false};
        Writer out = new java.io.FilterWriter(target) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonReport("1.2.3").write(Fixtures.result(root, List.of()), out);
        assertFalse(closed[0], "the report must not close stdout");
        JsonNode log = json.readTree(target.toString());
        assertEquals(0, log.get("findings").size());
        assertEquals(0, log.get("suppressed").size());
        assertEquals(0, log.get("problems").size());
        assertTrue(target.toString().endsWith("}\n"));
    }

    @Test
    void deterministic() {
        ScanResult full = Fixtures.full(root);
        assertEquals(Fixtures.render(new JsonReport("1.2.3"), full), Fixtures.render(new JsonReport("1.2.3"), full));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
