package dev.conlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.conlint.cli.Cli.GOOD;
import static dev.conlint.cli.Cli.GOOD_FINDING;
import static dev.conlint.cli.Cli.scan;
import static dev.conlint.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In-source suppressions and the baseline, end to end through the CLI. */
class SuppressionTest {

    private static final String METHOD = "    CompletableFuture<String> load() {";
    private static final String SLEEP = "Thread.sleep(100);";
    /** Where the finding is once one annotation line is added above the method. */
    private static final String ANNOTATED_FINDING = "src/p/Good.java:10:24: warning [blocking-in-async-chain]";

    @TempDir
    Path dir;

    private Cli.Result scanGood(String source, String... more) {
        write(dir, "src/p/Good.java", source);
        return scan(dir, more);
    }

    private static String annotated(String annotation) {
        return GOOD.replace(METHOD, "    " + annotation + "\n" + METHOD);
    }

    private static void assertSuppressed(Cli.Result r) {
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file, 1 suppressed\n", r.out());
    }

    @Test
    void reportedWithoutSuppression() {
        Cli.Result r = scanGood(GOOD);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(GOOD_FINDING), r::toString);
    }

    @Test
    void suppressWarningsWithTheRuleIdOnTheMethod() {
        assertSuppressed(scanGood(annotated("@SuppressWarnings(\"conlint:blocking-in-async-chain\")")));
    }

    @Test
    void suppressWarningsConlintSuppressesEveryRule() {
        assertSuppressed(scanGood(annotated("@SuppressWarnings(\"conlint\")")));
    }

    @Test
    void suppressWarningsForAnotherRuleDoesNotSuppress() {
        Cli.Result r = scanGood(annotated("@SuppressWarnings({\"unchecked\", \"conlint:some-other-rule\"})"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(ANNOTATED_FINDING), r::toString);
    }

    @Test
    void ignoreCommentOnTheReportedLine() {
        assertSuppressed(scanGood(GOOD.replace(SLEEP, SLEEP + " // conlint:ignore blocking-in-async-chain -- reason")));
    }

    @Test
    void ignoreCommentOnAnotherLineDoesNotSuppress() {
        Cli.Result r = scanGood(GOOD.replace("try {", "try { // conlint:ignore blocking-in-async-chain -- reason"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(GOOD_FINDING), r::toString);
    }

    @Test
    void ignoreCommentForAnotherRuleDoesNotSuppress() {
        Cli.Result r = scanGood(GOOD.replace(SLEEP, SLEEP + " // conlint:ignore blocking-call-on-event-loop -- other"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(GOOD_FINDING), r::toString);
    }

    @Test
    void sarifListsSuppressedFindingsOnlyWhenAsked() throws IOException {
        String source = GOOD.replace(SLEEP, SLEEP + " // conlint:ignore blocking-in-async-chain -- test fixture, never runs");
        Cli.Result plain = scanGood(source, "--format", "sarif");
        assertEquals(0, plain.code(), plain::toString);
        assertEquals(0, new ObjectMapper().readTree(plain.out()).at("/runs/0/results").size(), plain::toString);

        Cli.Result r = scan(dir, "--format", "sarif", "--include-suppressed");
        assertEquals(0, r.code(), r::toString);
        JsonNode results = new ObjectMapper().readTree(r.out()).at("/runs/0/results");
        assertEquals(1, results.size(), r::toString);
        assertEquals("blocking-in-async-chain", results.at("/0/ruleId").asText());
        assertEquals(9, results.at("/0/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode suppression = results.at("/0/suppressions/0");
        assertEquals("inSource", suppression.path("kind").asText(), r::toString);
        assertEquals("test fixture, never runs", suppression.path("justification").asText(), r::toString);
    }

    // ------------------------------------------------------------------ baseline

    @Test
    void baselineHidesRecordedFindingsAndReportsNewOnes() throws IOException {
        Path baseline = dir.resolve("baseline/b.json");
        Cli.Result written = scanGood(GOOD, "--write-baseline", baseline.toString());
        assertEquals(1, written.code(), written::toString);
        assertTrue(Files.readString(baseline).contains("\"fingerprints\""), Files.readString(baseline));

        assertSuppressed(scan(dir, "--baseline", baseline.toString()));

        // a second finding in a new method: only it is reported
        String twoMethods = GOOD.replace(METHOD, """
                    CompletableFuture<Void> save() {
                        return CompletableFuture.runAsync(() -> {
                            try {
                                Thread.sleep(200);
                            } catch (InterruptedException e) {
                                throw new RuntimeException(e);
                            }
                        });
                    }

                """ + METHOD);
        Cli.Result r = scanGood(twoMethods, "--baseline", baseline.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("src/p/Good.java:9:24: warning [blocking-in-async-chain]"), r::toString);
        assertTrue(r.out().contains("Thread.sleep(200);"), r::toString);
        assertTrue(r.out().endsWith("1 finding (1 warning) in 1 file, 1 suppressed\n"), r::toString);
    }

    @Test
    void baselineSurvivesBlankLinesAboveTheFinding() {
        Path baseline = dir.resolve("b.json");
        assertEquals(1, scanGood(GOOD, "--write-baseline", baseline.toString()).code());
        Cli.Result r = scanGood(GOOD.replace("class Good {", "\n\n\nclass Good {"), "--baseline", baseline.toString());
        assertSuppressed(r);
    }
}
