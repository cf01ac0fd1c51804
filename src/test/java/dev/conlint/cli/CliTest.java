package dev.conlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.conlint.cli.Cli.GOOD;
import static dev.conlint.cli.Cli.GOOD_FINDING;
import static dev.conlint.cli.Cli.good;
import static dev.conlint.cli.Cli.scan;
import static dev.conlint.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI surface of the contract: commands, options, formats, exit codes, configuration. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void clean() {
        write(dir, "src/p/Clean.java", Cli.CLEAN);
    }

    // ------------------------------------------------------------------ commands

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertEquals("conlint " + Version.current() + "\n", r.out());
        assertTrue(r.out().matches("conlint \\d+\\.\\d+\\.\\d+\\S*\n"), r::toString);
    }

    @Test
    void rulesListsIdFamilyAndLevel() {
        Cli.Result r = Cli.run("rules");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(10, lines.size(), r::toString);
        assertTrue(lines.get(0).matches("blocking-call-on-event-loop\\s+F2\\s+warning\\s+\\S.*"), lines.get(0));
        assertTrue(lines.get(1).matches("blocking-in-async-chain\\s+F2\\s+warning\\s+\\S.*"), lines.get(1));
        assertTrue(lines.get(2).matches("check-then-act\\s+F4\\s+warning\\s+\\S.*"), lines.get(2));
        assertTrue(lines.get(3).matches("cpu-heavy-on-event-loop\\s+F1\\s+warning\\s+\\S.*"), lines.get(3));
        assertTrue(lines.get(4).matches("double-checked-locking\\s+F4\\s+warning\\s+\\S.*"), lines.get(4));
        assertTrue(lines.get(5).matches("inconsistent-synchronization\\s+F4\\s+warning\\s+\\S.*"), lines.get(5));
        assertTrue(lines.get(6).matches("nested-event-loop\\s+F3\\s+warning\\s+\\S.*"), lines.get(6));
        assertTrue(lines.get(7).matches("shared-mutable-field\\s+F4\\s+warning\\s+\\S.*"), lines.get(7));
        assertTrue(lines.get(8).matches("thread-unsafe-object-shared\\s+F4\\s+warning\\s+\\S.*"), lines.get(8));
        assertTrue(lines.get(9).matches("wait-on-own-executor\\s+F3\\s+warning\\s+\\S.*"), lines.get(9));
    }

    @Test
    void explainPrintsTheRuleMarkdown() {
        Cli.Result r = Cli.run("explain", "blocking-call-on-event-loop");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("# blocking-call-on-event-loop\n"), r::toString);
        assertTrue(r.out().contains("## Suppressing"), r::toString);
        assertEquals("", r.err());
    }

    // ------------------------------------------------------------------ exit codes

    @Test
    void findingsExitOneByDefault() {
        good(dir);
        Cli.Result r = scan(dir);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(GOOD_FINDING + " Thread.sleep blocks the ForkJoin common pool"), r::toString);
        assertTrue(r.out().endsWith("1 finding (1 warning) in 1 file\n"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void failOnNoneExitsZeroButStillReports() {
        good(dir);
        Cli.Result r = scan(dir, "--fail-on", "none");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(GOOD_FINDING), r::toString);
    }

    @Test
    void failOnErrorIgnoresWarnings() {
        good(dir);
        assertEquals(0, scan(dir, "--fail-on", "error").code());
        assertEquals(1, scan(dir, "--fail-on", "note").code());
    }

    @Test
    void cleanProjectExitsZero() {
        clean();
        Cli.Result r = scan(dir);
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file\n", r.out());
        assertEquals("", r.err());
    }

    // ------------------------------------------------------------------ output

    @Test
    void outputFileGetsTheReportAndStdoutStaysEmpty() throws IOException {
        good(dir);
        Path report = dir.resolve("out/report.txt");
        Cli.Result r = scan(dir, "-o", report.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(Files.readString(report).startsWith(GOOD_FINDING), Files.readString(report));
    }

    @Test
    void jsonFormat() throws IOException {
        good(dir);
        Cli.Result r = scan(dir, "--format", "json");
        assertEquals(1, r.code(), r::toString);
        JsonNode json = JSON.readTree(r.out());
        assertEquals(1, json.at("/summary/findings").asInt(), r::toString);
        JsonNode finding = json.at("/findings/0");
        assertEquals("blocking-in-async-chain", finding.path("rule").asText());
        assertEquals("src/p/Good.java", finding.at("/location/path").asText());
        assertEquals(9, finding.at("/location/line").asInt());
        assertEquals(24, finding.at("/location/column").asInt());
    }

    @Test
    void sarifFormat() throws IOException {
        good(dir);
        Cli.Result r = scan(dir, "-f", "sarif");
        assertEquals(1, r.code(), r::toString);
        JsonNode sarif = JSON.readTree(r.out());
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode run = sarif.at("/runs/0");
        assertEquals("conlint", run.at("/tool/driver/name").asText());
        assertEquals(10, run.at("/tool/driver/rules").size());
        assertEquals(1, run.path("results").size(), r::toString);
        JsonNode result = run.at("/results/0");
        assertEquals("blocking-in-async-chain", result.path("ruleId").asText());
        assertEquals("warning", result.path("level").asText());
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertEquals("src/p/Good.java", location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(9, location.at("/region/startLine").asInt());
    }

    @Test
    void githubFormat() {
        good(dir);
        Cli.Result r = scan(dir, "--format", "github");
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("::warning file=src/p/Good.java,line=9,col=24,"), r::toString);
        assertTrue(lines.get(0).contains(",title=conlint blocking-in-async-chain::Thread.sleep blocks"), r::toString);
    }

    @Test
    void reportedPathsAreRelativeToTheEnclosingGitRepository() throws IOException {
        good(dir);
        Files.createDirectories(dir.resolve(".git"));
        Cli.Result r = Cli.run("scan", dir.resolve("src").toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(GOOD_FINDING), r::toString);
    }

    // ------------------------------------------------------------------ rule selection

    @Test
    void enableSelectsRules() throws IOException {
        good(dir);
        Cli.Result other = scan(dir, "--enable", "blocking-call-on-event-loop");
        assertEquals(0, other.code(), other::toString);
        assertEquals("no findings in 1 file\n", other.out());

        Cli.Result only = scan(dir, "--enable", "blocking-in-async-chain", "-f", "sarif");
        assertEquals(1, only.code(), only::toString);
        JsonNode rules = JSON.readTree(only.out()).at("/runs/0/tool/driver/rules");
        assertEquals(1, rules.size());
        assertEquals("blocking-in-async-chain", rules.at("/0/id").asText());
    }

    @Test
    void disableDropsARule() {
        good(dir);
        Cli.Result r = scan(dir, "--disable", "blocking-in-async-chain");
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file\n", r.out());
        assertEquals(1, scan(dir, "--disable", "blocking-call-on-event-loop").code());
    }

    // ------------------------------------------------------------------ --stats, --parse-only

    @Test
    void statsPrintOneLineOnStderr() {
        good(dir);
        clean();
        Cli.Result r = scan(dir, "--stats");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains(GOOD_FINDING), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("conlint: 2 files (2 analysed), "), r::toString);
        assertTrue(r.err().contains(" files/s"), r::toString);
    }

    @Test
    void parseOnlyPrintsStatsAndNoFindings() {
        good(dir);
        Cli.Result r = scan(dir, "--parse-only");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains(" files/s"), r::toString);
        assertFalse(r.err().contains("blocking-in-async-chain"), r::toString);
    }

    // ------------------------------------------------------------------ configuration and skipped folders

    @Test
    void configAtTheScanRootDisablesARule() {
        good(dir);
        write(dir, ".conlint.yaml", "disable: [blocking-in-async-chain]\n");
        Cli.Result r = scan(dir);
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file\n", r.out());
    }

    @Test
    void configExcludeSkipsAFolder() {
        clean();
        write(dir, "gen/p/Good.java", GOOD);
        assertEquals(1, scan(dir).code());

        write(dir, ".conlint.yaml", "exclude: [\"gen/**\"]\n");
        Cli.Result r = scan(dir);
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file\n", r.out());
    }

    @Test
    void configWithAnUnknownRuleIsAUsageError() {
        good(dir);
        write(dir, ".conlint.yaml", "enable: [no-such-rule]\n");
        Cli.Result r = scan(dir);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("unknown rule 'no-such-rule'"), r::toString);
    }

    @Test
    void buildOutputAndGitFoldersAreSkipped() {
        clean();
        write(dir, "target/generated-sources/p/Good.java", GOOD);
        write(dir, "build/p/Good.java", GOOD);
        write(dir, "module/target/p/Good.java", GOOD);
        write(dir, ".git/p/Good.java", GOOD);
        Cli.Result r = scan(dir);
        assertEquals(0, r.code(), r::toString);
        assertEquals("no findings in 1 file\n", r.out());
    }

    @Test
    void aMissingClasspathEntryIsReportedAndTheScanGoesOn() {
        write(dir, "src/p/Good.java", Cli.GOOD);
        Path jar = dir.resolve("libs/missing.jar");
        Cli.Result r = Cli.run("scan", dir.resolve("src").toString(), "--source-root", dir.toString(),
                "--classpath", jar + java.io.File.pathSeparator + dir.resolve("src"));
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of("conlint: class path entry not found, skipped: " + jar),
                r.errLinesWith("class path"), r::toString);
        assertTrue(r.out().contains(Cli.GOOD_FINDING), r::toString);
    }
}
