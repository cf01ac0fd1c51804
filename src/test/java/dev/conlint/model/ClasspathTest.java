package dev.conlint.model;

import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.Finding;
import dev.conlint.finding.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compile class path sharpens the model: never worse without it, at least as good with it. */
class ClasspathTest {

    /** The test class path: every framework jar testdata compiles against. */
    private static List<Path> testClasspath() {
        List<Path> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            out.add(Path.of(e));
        }
        return out;
    }

    private static Set<String> keys(ScanResult r, Path root) {
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            out.add(root.relativize(f.location().file()).toString().replace('\\', '/') + ":" + f.location().line()
                    + " " + f.ruleId());
        }
        return out;
    }

    @Test
    void testdataFindsTheSameWithTheClasspath() throws Exception {
        Path testdata = Path.of("testdata").toAbsolutePath();
        ScanOptions plain = ScanOptions.of(List.of(testdata), testdata);
        Set<String> without = keys(Scanner.withKnowledge(List.of()).scan(plain), testdata);
        Set<String> with = keys(Scanner.withKnowledge(List.of()).scan(plain.withClasspath(testClasspath())), testdata);
        assertTrue(without.size() > 200, "testdata has its findings: " + without.size());
        assertEquals(without, with, "the class path may add knowledge, but testdata is exact either way");
    }

    @Test
    void aLibraryBaseClassIsReadFromItsClassFile(@TempDir Path dir) throws Exception {
        // a library (in a jar's place: a class folder) whose base verticle extends Vert.x's
        Path libSrc = dir.resolve("lib-src/com/acme/platform/ServiceVerticle.java");
        Files.createDirectories(libSrc.getParent());
        Files.writeString(libSrc, """
                package com.acme.platform;
                public abstract class ServiceVerticle extends io.vertx.core.AbstractVerticle {
                    protected io.vertx.core.eventbus.EventBus bus() { return vertx.eventBus(); }
                }
                """);
        Path libClasses = dir.resolve("lib-classes");
        Files.createDirectories(libClasses);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", libClasses.toString(), "-cp",
                System.getProperty("java.class.path"), libSrc.toString());
        assertEquals(0, rc, "the library compiles");
        // the project: its own abstract base on top of the library's, and a verticle that blocks
        Path app = dir.resolve("app/src/com/example");
        Files.createDirectories(app);
        Files.writeString(app.resolve("PricingBase.java"), """
                package com.example;
                import com.acme.platform.*;
                public abstract class PricingBase extends ServiceVerticle {
                }
                """);
        Files.writeString(app.resolve("PriceVerticle.java"), """
                package com.example;
                public class PriceVerticle extends PricingBase {
                    @Override
                    public void start() {
                        bus().consumer("prices", msg -> {
                            try {
                                Thread.sleep(200);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            msg.reply("42");
                        });
                    }
                }
                """);
        Path root = dir.resolve("app");
        ScanOptions plain = ScanOptions.of(List.of(root), root);
        ScanResult without = Scanner.withKnowledge(List.of()).scan(plain);
        ScanResult with = Scanner.withKnowledge(List.of()).scan(plain.withClasspath(List.of(libClasses)));
        assertEquals(Set.of(), keys(without, root), "without the class path the library base class is unknown: silence");
        assertEquals(Set.of("src/com/example/PriceVerticle.java:7 blocking-call-on-event-loop"), keys(with, root),
                "with it, PriceVerticle is a verticle and bus() an EventBus: the sleep is on the event loop");
    }
}
