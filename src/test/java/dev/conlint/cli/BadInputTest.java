package dev.conlint.cli;

import dev.conlint.facts.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static dev.conlint.cli.Cli.assertGoodFindingReported;
import static dev.conlint.cli.Cli.assertOneErrLineAbout;
import static dev.conlint.cli.Cli.assertUsageError;
import static dev.conlint.cli.Cli.good;
import static dev.conlint.cli.Cli.scan;
import static dev.conlint.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Each bad file gets one clear stderr line, and the rest of the scan still completes. */
class BadInputTest {

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ bad files

    @Test
    void unparseableJava() {
        good(dir);
        write(dir, "src/p/Broken.java", "package p;\nclass Broken {\n    void f( {\n}\n");
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        String line = assertOneErrLineAbout(r, "Broken.java");
        assertTrue(line.contains("syntax error at line 3"), line);
    }

    @Test
    void emptyFile() {
        good(dir);
        write(dir, "src/p/Empty.java", "");
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(assertOneErrLineAbout(r, "Empty.java").contains("empty file"), r::toString);
    }

    @Test
    void binaryFileNamedJava() {
        good(dir);
        write(dir, "src/p/Blob.java", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(assertOneErrLineAbout(r, "Blob.java").contains("binary file"), r::toString);
    }

    @Test
    void isoLatin1FileIsAnalysedWithANote() {
        good(dir);
        String source = Cli.GOOD.replace("class Good", "class Latin1 /* Größe */")
                .replace("Thread.sleep(100);", "Thread.sleep(100); // schläft");
        write(dir, "src/p/Latin1.java", source.getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(r.out().contains("src/p/Latin1.java:9:24: warning [blocking-in-async-chain]"), r::toString);
        assertTrue(assertOneErrLineAbout(r, "Latin1.java").contains("not valid UTF-8"), r::toString);
        assertFalse(r.out().contains("not analysed"), "a file read with a caveat was analysed: " + r);
    }

    @Test
    void hugeFile() throws IOException {
        good(dir);
        Path huge = dir.resolve("src/p/Huge.java");
        byte[] line = "// filler filler filler filler filler filler filler filler filler filler\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("package p;\nclass Huge {}\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written <= SourceParser.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(assertOneErrLineAbout(r, "Huge.java").contains("too large"), r::toString);
    }

    @Test
    void twentyThousandNestedParentheses() {
        deeplyNested("Parens", "(".repeat(20_000) + "1" + ")".repeat(20_000));
    }

    @Test
    void fiveThousandDeepSum() {
        deeplyNested("Sum", "a + (".repeat(5_000) + "a" + ")".repeat(5_000));
    }

    /**
     * A file with a deeply nested expression next to a method with a finding: either it is analysed
     * (its finding is reported, nothing on stderr about it) or it is skipped with one stderr line.
     */
    private void deeplyNested(String name, String expression) {
        good(dir);
        String source = Cli.GOOD.replace("class Good", "class " + name)
                .replace("    CompletableFuture<String> load() {",
                        "    int deep(int a) {\n        return " + expression + ";\n    }\n\n"
                                + "    CompletableFuture<String> load() {");
        write(dir, "src/p/" + name + ".java", source);
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        Cli.assertNoStackTrace(r);
        boolean analysed = r.out().contains("src/p/" + name + ".java:13:24: warning [blocking-in-async-chain]");
        if (analysed) {
            assertEquals(List.of(), r.errLinesWith(name + ".java"), r::toString);
        } else {
            assertTrue(assertOneErrLineAbout(r, name + ".java").contains("too deeply nested"), r::toString);
        }
    }

    @Test
    void unreadableFile() throws IOException {
        good(dir);
        Path secret = write(dir, "src/p/Secret.java", Cli.CLEAN.replace("Clean", "Secret"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
            Cli.Result r = scan(dir);
            assertGoodFindingReported(r);
            assertTrue(assertOneErrLineAbout(r, "Secret.java").contains("permission denied"), r::toString);
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void symlinkLoop() throws IOException {
        good(dir);
        Path loop = Files.createDirectories(dir.resolve("src/loop"));
        Files.createSymbolicLink(loop.resolve("self"), loop);
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(assertOneErrLineAbout(r, "src/loop/self").contains("loop"), r::toString);
    }

    @Test
    void brokenSymlink() throws IOException {
        good(dir);
        Files.createSymbolicLink(dir.resolve("src/p/Gone.java"), dir.resolve("src/p/Nowhere.java"));
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        assertTrue(assertOneErrLineAbout(r, "Gone.java").contains("broken symbolic link"), r::toString);
    }

    // ------------------------------------------------------------------ usage errors: exit 2, one line

    @Test
    void missingPath() {
        good(dir);
        assertUsageError(Cli.run("scan", dir.resolve("nope").toString()), "no such file or directory");
    }

    @Test
    void missingPathNextToAGoodOne() {
        good(dir);
        assertUsageError(Cli.run("scan", dir.toString(), dir.resolve("nope").toString()), "nope");
    }

    @Test
    void badOption() {
        good(dir);
        assertUsageError(scan(dir, "--nope"), "--nope");
    }

    @Test
    void unknownRuleInEnable() {
        good(dir);
        assertUsageError(scan(dir, "--enable", "blocking-in-async-chain,no-such-rule"), "--enable: unknown rule 'no-such-rule'");
    }

    @Test
    void unknownRuleInDisable() {
        good(dir);
        assertUsageError(scan(dir, "--disable", "no-such-rule"), "--disable: unknown rule 'no-such-rule'");
    }

    @Test
    void unknownFormat() {
        good(dir);
        assertUsageError(scan(dir, "--format", "xml"), "unknown format 'xml'");
    }

    @Test
    void unknownFailOn() {
        good(dir);
        assertUsageError(scan(dir, "--fail-on", "fatal"), "unknown --fail-on level 'fatal'");
    }

    @Test
    void explainUnknownRule() {
        assertUsageError(Cli.run("explain", "no-such-rule"), "unknown rule 'no-such-rule'");
    }

    @Test
    void zeroJobs() {
        good(dir);
        assertUsageError(scan(dir, "--jobs", "0"), "--jobs must be at least 1");
    }

    @Test
    void configThatIsNotYaml() {
        good(dir);
        Path config = write(dir, "bad.yaml", "enable: [unclosed\n  disable: {: :\n\t- x\n");
        assertUsageError(scan(dir, "--config", config.toString()), "cannot read config " + config);
    }

    @Test
    void configWithUnknownKey() {
        good(dir);
        Path config = write(dir, "c.yaml", "disable: [blocking-in-async-chain]\nnope: 1\n");
        assertUsageError(scan(dir, "--config", config.toString()), "unknown key 'nope'");
    }

    @Test
    void missingBaseline() {
        good(dir);
        Path baseline = dir.resolve("missing.json");
        assertUsageError(scan(dir, "--baseline", baseline.toString()), "cannot read baseline " + baseline);
    }

    @Test
    void baselineThatIsNotJson() {
        good(dir);
        Path baseline = write(dir, "b.json", "not json {\n");
        assertUsageError(scan(dir, "--baseline", baseline.toString()), "cannot read baseline " + baseline);
    }

    @Test
    void configWithABrokenKnowledgeFile() {
        good(dir);
        write(dir, "k.yaml", "types:\n  a.B:\n    methods:\n      m: { nonsense: true }\n");
        Path config = write(dir, "c.yaml", "knowledge: [k.yaml]\n");
        assertUsageError(scan(dir, "--config", config.toString()), "k.yaml");
    }

    @Test
    void noCommand() {
        assertUsageError(Cli.run(), "missing command");
    }

    @Test
    void badInputWritesNothingIntoTheProject() throws IOException {
        good(dir);
        write(dir, "src/p/Broken.java", "class {");
        Cli.Result r = scan(dir);
        assertGoodFindingReported(r);
        try (var files = Files.walk(dir)) {
            assertEquals(List.of("src/p/Broken.java", "src/p/Good.java"),
                    files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList());
        }
        assertFalse(r.err().isEmpty());
    }
}
