package dev.conlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.conlint.report.Fixtures.BLOCKING_ID;
import static dev.conlint.report.Fixtures.SHARED_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path root;

    private JsonNode sarif(ScanResult result, boolean includeSuppressed) throws IOException {
        JsonNode log = json.readTree(Fixtures.render(new SarifReport("1.2.3", includeSuppressed), result));
        assertEquals(List.of(), List.copyOf(SarifSchemaCheck.errors(log)), "schema errors");
        return log;
    }

    private static JsonNode resultFor(JsonNode log, String messageStart) {
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.at("/message/text").asText().startsWith(messageStart)) {
                return r;
            }
        }
        throw new AssertionError("no result starting with " + messageStart);
    }

    @Test
    void fullResultIsValidAndHasTheContractFields() throws IOException {
        JsonNode log = sarif(Fixtures.full(root), false);

        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.at("/runs/0");
        assertEquals("conlint", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3", run.at("/tool/driver/semanticVersion").asText());
        assertEquals("https://github.com/conlint/conlint", run.at("/tool/driver/informationUri").asText());
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        String rootUri = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        String expectedRoot = root.toUri().toString();
        assertEquals(expectedRoot.endsWith("/") ? expectedRoot : expectedRoot + "/", rootUri);
        assertTrue(rootUri.startsWith("file:///") && rootUri.endsWith("/"), rootUri);

        // 3 findings; suppressed ones are left out without the flag
        assertEquals(3, run.get("results").size());
        for (JsonNode r : run.get("results")) {
            assertFalse(r.has("suppressions"));
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
            assertTrue(artifact.get("uri").asText().startsWith("src/app/"), artifact.toString());
            assertTrue(r.at("/partialFingerprints/primaryLocationLineHash").asText().matches("[0-9a-f]+:\\d+"));
            assertTrue(r.at("/partialFingerprints/conlint~1v1").asText().matches("[0-9a-f]{32}"));
        }

        JsonNode direct = resultFor(log, "Thread.sleep blocks");
        assertEquals(BLOCKING_ID, direct.get("ruleId").asText());
        assertEquals("error", direct.get("level").asText());
        assertEquals("src/app/OrderVerticle.java", direct.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        JsonNode region = direct.at("/locations/0/physicalLocation/region");
        assertEquals(6, region.get("startLine").asInt());
        assertEquals(13, region.get("startColumn").asInt());
        assertEquals(6, region.get("endLine").asInt());
        assertEquals(30, region.get("endColumn").asInt(), "exclusive end: inclusive 29 + 1");
        assertFalse(direct.has("codeFlows"));
        assertFalse(direct.has("relatedLocations"));
        assertEquals(Fixtures.CONTEXT, direct.at("/properties/context").asText());
    }

    @Test
    void rulesAreFullDescriptorsAndRuleIndexPointsAtThem() throws IOException {
        JsonNode log = sarif(Fixtures.full(root), false);
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals(2, rules.size());
        assertEquals(BLOCKING_ID, rules.get(0).get("id").asText(), "rules sorted by id");
        assertEquals(SHARED_ID, rules.get(1).get("id").asText());

        JsonNode blocking = rules.get(0);
        assertEquals("BlockingCallOnEventLoop", blocking.get("name").asText());
        assertEquals("Blocking call on an event-loop thread", blocking.at("/shortDescription/text").asText());
        assertTrue(blocking.at("/fullDescription/text").asText().startsWith("A call that blocks"));
        assertEquals(Fixtures.BLOCKING.markdown(), blocking.at("/help/markdown").asText());
        String helpText = blocking.at("/help/text").asText();
        assertTrue(helpText.startsWith("blocking-call-on-event-loop\n\nWhat it does\nFinds blocking calls such as Thread.sleep"), helpText);
        assertTrue(helpText.contains("    vertx.setTimer(10, id -> Thread.sleep(100));"), helpText);
        assertTrue(helpText.contains("the Vert.x docs (https://vertx.io/docs/vertx-core/java/)"), helpText);
        assertEquals("https://github.com/conlint/conlint/blob/main/rules/blocking-call-on-event-loop.md",
                blocking.get("helpUri").asText());
        assertEquals("error", blocking.at("/defaultConfiguration/level").asText());
        assertEquals(List.of("F2", "concurrency"), strings(blocking.at("/properties/tags")));
        assertEquals("high", blocking.at("/properties/precision").asText());

        for (JsonNode r : log.at("/runs/0/results")) {
            int index = r.get("ruleIndex").asInt();
            assertEquals(r.get("ruleId").asText(), rules.get(index).get("id").asText());
        }
    }

    @Test
    void warningLevelIsWrittenOnResultsAndRuleDefaults() throws IOException {
        Finding downgraded = withLevel(Fixtures.direct(root), Level.WARNING);
        JsonNode log = sarif(Fixtures.result(root, List.of(downgraded, Fixtures.shared(root, "src"))), false);

        JsonNode shared = log.at("/runs/0/tool/driver/rules/1");
        assertEquals(SHARED_ID, shared.get("id").asText());
        assertEquals("warning", shared.at("/defaultConfiguration/level").asText());
        for (JsonNode r : log.at("/runs/0/results")) {
            assertEquals("warning", r.get("level").asText(), r.toString());
        }
        // the SDK's other defaults stay out
        String text = Fixtures.render(new SarifReport("1.2.3", false), Fixtures.result(root, List.of(downgraded)));
        assertFalse(text.contains("\"rank\""), text);
        assertFalse(text.contains(": -1"), text);
        assertFalse(text.contains("\"kind\""), text);
    }

    @Test
    void callChainIsOneThreadFlowWithInlineLocations() throws IOException {
        JsonNode log = sarif(Fixtures.result(root, List.of(Fixtures.indirect(root))), false);
        JsonNode result = log.at("/runs/0/results/0");
        assertEquals(1, result.get("codeFlows").size());
        assertEquals(Fixtures.CONTEXT, result.at("/codeFlows/0/message/text").asText());
        JsonNode flows = result.at("/codeFlows/0/threadFlows");
        assertEquals(1, flows.size());
        JsonNode steps = flows.at("/0/locations");
        assertEquals(2, steps.size());
        for (JsonNode step : steps) {
            assertFalse(step.has("index"), "inline, not by index: " + step);
        }
        assertEquals("OrderVerticle.start calls OrderService.load", steps.at("/0/location/message/text").asText());
        assertEquals("src/app/OrderVerticle.java",
                steps.at("/0/location/physicalLocation/artifactLocation/uri").asText());
        assertEquals("OrderService.load calls Thread.sleep", steps.at("/1/location/message/text").asText());
        assertEquals("src/app/OrderService.java",
                steps.at("/1/location/physicalLocation/artifactLocation/uri").asText());
        assertEquals(5, steps.at("/1/location/physicalLocation/region/startLine").asInt());
        assertEquals(24, steps.at("/1/location/physicalLocation/region/endColumn").asInt());
        assertFalse(log.at("/runs/0").has("threadFlowLocations"));
    }

    @Test
    void relatedLocationsHaveIdsLinkedFromTheMessage() throws IOException {
        JsonNode log = sarif(Fixtures.result(root, List.of(Fixtures.shared(root, "src"))), false);
        JsonNode result = log.at("/runs/0/results/0");
        assertEquals("Counter.count is written from several threads without synchronisation. "
                + "See [field count declared here](1).", result.at("/message/text").asText());
        JsonNode related = result.get("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(1, related.at("/0/id").asInt());
        assertEquals("field count declared here", related.at("/0/message/text").asText());
        assertEquals(2, related.at("/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void suppressedFindingsAppearOnlyWithTheFlag() throws IOException {
        ScanResult full = Fixtures.full(root);
        assertEquals(3, sarif(full, false).at("/runs/0/results").size());

        JsonNode log = sarif(full, true);
        JsonNode results = log.at("/runs/0/results");
        assertEquals(5, results.size());
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertEquals(2, suppressed.size());
        JsonNode quiet = suppressed.stream()
                .filter(r -> r.at("/suppressions/0/kind").asText().equals("inSource")).findFirst().orElseThrow();
        assertEquals("runs before the loop starts", quiet.at("/suppressions/0/justification").asText());
        assertEquals("src/app/OrderService.java", quiet.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        JsonNode old = suppressed.stream()
                .filter(r -> r.at("/suppressions/0/kind").asText().equals("external")).findFirst().orElseThrow();
        assertEquals(SHARED_ID, old.get("ruleId").asText());
        assertFalse(old.at("/suppressions/0").has("justification"));
    }

    @Test
    void problemsAreToolExecutionNotifications() throws IOException {
        JsonNode log = sarif(Fixtures.full(root), false);
        JsonNode invocation = log.at("/runs/0/invocations/0");
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertEquals(1, notes.size());
        assertEquals("error", notes.at("/0/level").asText());
        assertEquals("could not parse: ';' expected at line 3", notes.at("/0/message/text").asText());
        assertEquals("src/Broken.java", notes.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", notes.at("/0/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    }

    @Test
    void emptyResultStillHasResultsAndRules() throws IOException {
        ScanResult empty = Fixtures.result(root, List.of());
        JsonNode log = sarif(empty, true);
        JsonNode run = log.at("/runs/0");
        assertTrue(run.get("results").isArray());
        assertEquals(0, run.get("results").size());
        assertEquals(2, run.at("/tool/driver/rules").size());
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals(0, run.at("/invocations/0/toolExecutionNotifications").size());
    }

    @Test
    void sameResultGivesSameBytesWhateverTheInputOrder() {
        ScanResult full = Fixtures.full(root);
        SarifReport report = new SarifReport("1.2.3", true);
        String first = Fixtures.render(report, full);
        assertEquals(first, Fixtures.render(report, full));
        assertEquals(first, Fixtures.render(new SarifReport("1.2.3", true), full));

        List<Finding> reversed = new ArrayList<>(full.findings());
        Collections.reverse(reversed);
        ScanResult shuffled = new ScanResult(full.sourceRoot(), List.of(full.rules().get(1), full.rules().get(0)),
                reversed, List.of(full.suppressed().get(1), full.suppressed().get(0)), full.problems(), full.stats());
        assertEquals(first, Fixtures.render(report, shuffled));
        assertFalse(first.contains("\r"));
        assertTrue(first.endsWith("}\n"));
    }

    @Test
    void propertyBagKeysAreWrittenSorted() {
        String text = Fixtures.render(new SarifReport("1.2.3", false), Fixtures.result(root, List.of()));
        int precision = text.indexOf("\"precision\"");
        int severity = text.indexOf("\"problem.severity\"");
        int tags = text.indexOf("\"tags\"");
        assertTrue(tags >= 0 && precision > tags && severity > precision, text);

        String withFinding = Fixtures.render(new SarifReport("1.2.3", false),
                Fixtures.result(root, List.of(Fixtures.direct(root))));
        assertTrue(withFinding.indexOf("\"conlint/v1\"") < withFinding.indexOf("\"primaryLocationLineHash\""));
    }

    @Test
    void pathsWithSpacesArePercentEncoded() throws IOException {
        Finding inSpacedFolder = Fixtures.shared(root, "src/my app/Ünïcode dir");
        Path spacedRoot = root; // the source root itself may contain spaces too
        JsonNode log = sarif(Fixtures.result(spacedRoot, List.of(inSpacedFolder),
                List.of(), List.of(new FileProblem(root.resolve("src/my app/Bad File.java"), "not UTF-8"))), false);
        assertEquals("src/my%20app/%C3%9Cn%C3%AFcode%20dir/Counter.java",
                log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("src/my%20app/%C3%9Cn%C3%AFcode%20dir/Counter.java",
                log.at("/runs/0/results/0/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("src/my%20app/Bad%20File.java", log.at(
                "/runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
    }

    @Test
    void sourceRootWithASpaceIsAValidBaseUri(@TempDir Path tmp) throws IOException {
        Path spaced = tmp.resolve("my repo");
        Finding f = Fixtures.direct(spaced);
        JsonNode log = sarif(Fixtures.result(spaced, List.of(f)), false);
        String base = log.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertTrue(base.endsWith("/my%20repo/"), base);
        assertEquals(spaced.toAbsolutePath().toUri(), URI.create(base).resolve("."));
    }

    @Test
    void fileOutsideTheRootGetsAnAbsoluteUriWithoutBase(@TempDir Path elsewhere) throws IOException {
        Finding outside = Fixtures.direct(elsewhere);
        JsonNode log = sarif(Fixtures.result(root, List.of(outside)), false);
        JsonNode artifact = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertTrue(artifact.get("uri").asText().startsWith("file:///"), artifact.toString());
        assertFalse(artifact.has("uriBaseId"));
    }

    @Test
    void lineHashIsGithubsHashOfTheReportedLine() throws IOException {
        // Vectors from github/codeql-action src/fingerprints.test.ts: " a\nb\n  \t\tc\n d"
        Path file = Fixtures.write(root, "src/Vector.java", " a\nb\n  \t\tc\n d");
        Finding onLine2 = new Finding(BLOCKING_ID, Level.ERROR, Fixtures.at(file, 2, 1, 2, 1), "b", null,
                List.of(), List.of());
        Finding onLine4 = new Finding(BLOCKING_ID, Level.ERROR, Fixtures.at(file, 4, 2, 4, 2), "d", null,
                List.of(), List.of());
        JsonNode log = sarif(Fixtures.result(root, List.of(onLine2, onLine4)), false);
        assertEquals("54703d4cd895b18:1", log.at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText());
        assertEquals("a23a3dc5e078b07b:1", log.at("/runs/0/results/1/partialFingerprints/primaryLocationLineHash").asText());
    }

    @Test
    void unreadableFileLeavesOutOnlyTheLineHash() throws IOException {
        Finding gone = new Finding(BLOCKING_ID, Level.ERROR, Fixtures.at(root.resolve("src/Gone.java"), 3, 1, 3, 4),
                "gone", null, List.of(), List.of());
        JsonNode result = sarif(Fixtures.result(root, List.of(gone)), false).at("/runs/0/results/0");
        assertFalse(result.at("/partialFingerprints").has("primaryLocationLineHash"));
        assertTrue(result.at("/partialFingerprints").has("conlint/v1"));
    }

    @Test
    void conlintFingerprintIgnoresUnrelatedLineMoves(@TempDir Path other) throws IOException {
        String before = fingerprintOfSleep(root, Fixtures.VERTICLE, 6);
        String moved = Fixtures.VERTICLE.replace("public class OrderVerticle {",
                "import java.util.List;\n\n// a comment\npublic class OrderVerticle {");
        String after = fingerprintOfSleep(other, moved, 9);
        assertEquals(before, after);
        String edited = fingerprintOfSleep(other, moved.replace("Thread.sleep(100)", "Thread.sleep(200)"), 9);
        assertNotEquals(before, edited);
    }

    private String fingerprintOfSleep(Path dir, String source, int line) throws IOException {
        Path file = Fixtures.write(dir, "src/app/OrderVerticle.java", source);
        Finding f = new Finding(BLOCKING_ID, Level.ERROR, Fixtures.at(file, line, 13, line, 29), "m", Fixtures.CONTEXT,
                List.of(), List.of());
        return sarif(Fixtures.result(dir, List.of(f)), false).at("/runs/0/results/0/partialFingerprints/conlint~1v1").asText();
    }

    private static Finding withLevel(Finding f, Level level) {
        return new Finding(f.ruleId(), level, f.location(), f.message(), f.context(), f.chain(), f.related());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
