package dev.conlint.cli;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress counter: silent for short scans, redrawn in place and cleared for long ones. */
class TerminalProgressTest {

    @Test
    void shortScansShowNothing() {
        StringWriter out = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(out));
        for (int i = 1; i <= 999; i++) {
            progress.parsed(i, 999);
        }
        assertEquals("", out.toString());
    }

    @Test
    void longScansDrawOneLineInPlaceAndClearItAtTheEnd() {
        StringWriter out = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(out));
        for (int i = 1; i <= 2000; i++) {
            progress.parsed(i, 2000);
        }
        String text = out.toString();
        assertTrue(text.startsWith("\rconlint: parsed 1 of 2,000 files"), text);
        assertTrue(text.endsWith("\r" + " ".repeat(60) + "\r"), text);
        assertEquals(-1, text.indexOf('\n'), "never a new line: " + text);
    }

    @Test
    void theScannerReportsEveryParsedFileInOrder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("C" + i + ".java"), "class C" + i + " { }\n");
        }
        List<String> seen = new ArrayList<>();
        Scanner.withKnowledge(List.of()).scan(new ScanOptions(List.of(dir), Set.of(), Set.of(), 2, dir, List.of(),
                List.of(), Set.of(), false, (done, total) -> seen.add(done + "/" + total)));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), seen);
    }
}
