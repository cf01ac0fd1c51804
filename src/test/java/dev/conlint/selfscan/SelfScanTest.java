package dev.conlint.selfscan;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.ScanResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A linter for concurrency bugs must not have any: conlint's own sources (main and test) scan clean.
 * {@code src/it} holds the integration tests' sample projects, which block event loops on purpose.
 */
class SelfScanTest {

    @Test
    void conlintsOwnSourcesScanClean() throws Exception {
        Path src = Path.of("src").toAbsolutePath();
        ScanResult result = Scanner.withKnowledge(List.of()).scan(
                ScanOptions.of(List.of(src.resolve("main"), src.resolve("test")), src));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.findings());
        assertTrue(result.stats().analysedFiles() > 40, "scanned " + result.stats().analysedFiles() + " files");
    }
}
