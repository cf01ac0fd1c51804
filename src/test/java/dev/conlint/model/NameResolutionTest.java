package dev.conlint.model;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names are resolved the way javac would: a project class named like a JDK class shadows it when
 * it is in the same package or imported, and only then. Judging by a bare name would get these
 * wrong in both directions.
 */
class NameResolutionTest {

    @TempDir
    Path dir;

    private static final String HANDLER = """
            package %s;

            %s
            import io.vertx.core.AbstractVerticle;

            public class Ticker extends AbstractVerticle {
                @Override
                public void start() {
                    vertx.setPeriodic(1000, id -> pause());
                }

                private void pause() {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        java.lang.Thread.currentThread().interrupt();
                    }
                }
            }
            """;

    private static final String OWN_THREAD = """
            package %s;

            /** Not java.lang.Thread: sleep only records the request. */
            public final class Thread {
                private Thread() {
                }

                public static void sleep(long millis) throws InterruptedException {
                }
            }
            """;

    private List<Finding> scan() throws Exception {
        return Scanner.withKnowledge(List.of()).scan(ScanOptions.of(List.of(dir), dir)).findings();
    }

    private void write(String rel, String text) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void javaLangThreadIsBlocking() throws Exception {
        write("app/Ticker.java", HANDLER.formatted("app", ""));
        List<Finding> findings = scan();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("blocking-call-on-event-loop", findings.get(0).ruleId());
        // reported where the handler calls pause(), with the chain down to Thread.sleep
        assertEquals(9, findings.get(0).location().line());
        assertEquals("Ticker.pause reaches Thread.sleep (sleep) and blocks the Vert.x event loop"
                + " (handler registered in Ticker.start)", findings.get(0).message());
    }

    @Test
    void aProjectThreadInTheSamePackageShadowsJavaLang() throws Exception {
        write("app/Ticker.java", HANDLER.formatted("app", ""));
        write("app/Thread.java", OWN_THREAD.formatted("app"));
        assertEquals(List.of(), scan());
    }

    @Test
    void anImportedProjectThreadShadowsJavaLang() throws Exception {
        write("app/Ticker.java", HANDLER.formatted("app", "import util.Thread;"));
        write("util/Thread.java", OWN_THREAD.formatted("util"));
        assertEquals(List.of(), scan());
    }

    @Test
    void aProjectThreadInAnotherPackageThatIsNotImportedDoesNotShadow() throws Exception {
        write("app/Ticker.java", HANDLER.formatted("app", ""));
        write("util/Thread.java", OWN_THREAD.formatted("util"));
        assertEquals(1, scan().size());
    }

    @Test
    void anOnDemandImportOfAPackageWithoutThreadLeavesJavaLang() throws Exception {
        write("app/Ticker.java", HANDLER.formatted("app", "import util.*;"));
        write("util/Clock.java", "package util;\n\npublic final class Clock {\n}\n");
        assertEquals(1, scan().size());
    }
}
