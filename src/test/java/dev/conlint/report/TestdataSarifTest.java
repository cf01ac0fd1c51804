package dev.conlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.ScanResult;
import dev.conlint.knowledge.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF of testdata/: valid against the SARIF 2.1.0 schema, and the same bytes whatever the
 * run and the number of parse workers.
 */
class TestdataSarifTest {

    private static final Path TESTDATA = Path.of("testdata").toAbsolutePath();
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static Knowledge knowledge;

    @BeforeAll
    static void load() throws Exception {
        knowledge = Knowledge.builtIn();
    }

    private static String sarif(int jobs) throws Exception {
        ScanOptions options = new ScanOptions(List.of(TESTDATA), Set.of(), Set.of(), jobs, ROOT, List.of(), List.of(),
                Set.of(), false);
        ScanResult result = new Scanner(knowledge).scan(options);
        StringWriter out = new StringWriter();
        new SarifReport("0.0.0-test", false).write(result, out);
        return out.toString();
    }

    @Test
    void testdataSarifValidatesAgainstTheSchema() throws Exception {
        JsonNode log = new ObjectMapper().readTree(sarif(2));
        assertEquals(Set.of(), SarifSchemaCheck.errors(log));
        JsonNode results = log.at("/runs/0/results");
        assertTrue(results.size() > 20, "testdata should produce many results, got " + results.size());
        boolean withFlow = false;
        for (JsonNode r : results) {
            assertTrue(r.at("/message/text").asText().contains("("), "message names the context: " + r);
            assertFalse(r.at("/partialFingerprints/primaryLocationLineHash").asText().isEmpty());
            assertTrue(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith("testdata/"));
            withFlow |= r.has("codeFlows");
        }
        assertTrue(withFlow, "indirect findings carry codeFlows");
    }

    @Test
    void sarifIsByteIdenticalAcrossRunsAndJobs() throws Exception {
        String first = sarif(1);
        assertEquals(first, sarif(1), "two runs with --jobs 1");
        assertEquals(first, sarif(2), "--jobs 1 against --jobs 2");
        assertEquals(first, sarif(4), "--jobs 1 against --jobs 4");
    }
}
