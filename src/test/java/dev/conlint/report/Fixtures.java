package dev.conlint.report;

import dev.conlint.finding.ChainStep;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.RuleInfo;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.ScanStats;
import dev.conlint.finding.SourceLocation;
import dev.conlint.finding.SuppressedFinding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small scan results over real files in a temporary source root. */
final class Fixtures {

    static final String BLOCKING_ID = "blocking-call-on-event-loop";
    static final String SHARED_ID = "shared-mutable-field";

    static final RuleInfo BLOCKING = new RuleInfo(BLOCKING_ID, "BlockingCallOnEventLoop", "F2",
            "Blocking calls inside async code", Level.ERROR, "Blocking call on an event-loop thread",
            "A call that blocks runs on an event-loop thread and stalls every other handler of that loop.",
            "high", """
            # blocking-call-on-event-loop

            ## What it does
            Finds **blocking** calls such as `Thread.sleep` on event-loop threads.

            ## Example
            ```java
            vertx.setTimer(10, id -> Thread.sleep(100));
            ```

            See [the Vert.x docs](https://vertx.io/docs/vertx-core/java/).
            """);

    static final RuleInfo SHARED = new RuleInfo(SHARED_ID, "SharedMutableField", "F4",
            "Shared state without synchronisation", Level.WARNING, "Mutable field shared between threads",
            "A field is written from concurrent code without a lock, volatile or atomic type.",
            "medium", "# shared-mutable-field\n\nWrites to a field from several threads race.\n");

    static final String VERTICLE = """
            package app;

            public class OrderVerticle {
                void start() {
                    vertx.setTimer(10, id -> {
                        Thread.sleep(100);
                        service.load(id);
                    });
                }
            }
            """;

    static final String SERVICE = """
            package app;

            class OrderService {
                void load(long id) {
                    Thread.sleep(5);
                }
            }
            """;

    static final String COUNTER = """
            class Counter {
                int count;
                void run() {
                    count++;
                }
            }
            """;

    static final String CONTEXT = "Vert.x event loop (timer handler in OrderVerticle.start)";

    private Fixtures() {
    }

    static Path write(Path root, String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceLocation at(Path file, int line, int column, int endLine, int endColumn) {
        return new SourceLocation(file, line, column, endLine, endColumn);
    }

    /** Thread.sleep(100) directly in the timer handler: line 6, columns 13..29. */
    static Finding direct(Path root) {
        Path verticle = write(root, "src/app/OrderVerticle.java", VERTICLE);
        return new Finding(BLOCKING_ID, Level.ERROR, at(verticle, 6, 13, 6, 29),
                "Thread.sleep blocks the Vert.x event loop (timer handler in OrderVerticle.start)",
                CONTEXT, List.of(), List.of());
    }

    /** service.load(id) in the timer handler, blocking through OrderService.load: line 7, columns 13..28. */
    static Finding indirect(Path root) {
        Path verticle = write(root, "src/app/OrderVerticle.java", VERTICLE);
        Path service = write(root, "src/app/OrderService.java", SERVICE);
        return new Finding(BLOCKING_ID, Level.ERROR, at(verticle, 7, 13, 7, 28),
                "OrderService.load blocks the Vert.x event loop (timer handler in OrderVerticle.start)",
                CONTEXT,
                List.of(new ChainStep(at(verticle, 7, 13, 7, 28), "OrderVerticle.start calls OrderService.load"),
                        new ChainStep(at(service, 5, 9, 5, 23), "OrderService.load calls Thread.sleep")),
                List.of());
    }

    /** count++ in Counter.run with the field declaration as evidence. */
    static Finding shared(Path root, String folder) {
        Path counter = write(root, folder + "/Counter.java", COUNTER);
        return new Finding(SHARED_ID, Level.WARNING, at(counter, 4, 9, 4, 15),
                "Counter.count is written from several threads without synchronisation",
                "worker threads (Counter.run)", List.of(),
                List.of(new ChainStep(at(counter, 2, 5, 2, 14), "field count declared here")));
    }

    static ScanResult result(Path root, List<Finding> findings) {
        return result(root, findings, List.of(), List.of());
    }

    static ScanResult result(Path root, List<Finding> findings, List<SuppressedFinding> suppressed,
                             List<FileProblem> problems) {
        return new ScanResult(root, List.of(SHARED, BLOCKING), findings, suppressed, problems,
                new ScanStats(3, 3 - problems.size(), 40, Map.of()));
    }

    /** Every kind of entry: a direct and an indirect finding, evidence, two suppressions, a problem. */
    static ScanResult full(Path root) {
        Finding direct = direct(root);
        Finding indirect = indirect(root);
        Finding shared = shared(root, "src/app");
        Finding quiet = new Finding(BLOCKING_ID, Level.ERROR, at(root.resolve("src/app/OrderService.java"), 5, 9, 5, 23),
                "Thread.sleep blocks the Vert.x event loop", CONTEXT, List.of(), List.of());
        Finding old = new Finding(SHARED_ID, Level.WARNING, at(root.resolve("src/app/Counter.java"), 2, 5, 2, 14),
                "Counter.count is shared", "worker threads (Counter.run)", List.of(), List.of());
        return result(root, List.of(shared, indirect, direct),
                List.of(new SuppressedFinding(quiet, SuppressedFinding.Kind.IN_SOURCE, "runs before the loop starts"),
                        new SuppressedFinding(old, SuppressedFinding.Kind.BASELINE, null)),
                List.of(new FileProblem(root.resolve("src/Broken.java"), "could not parse: ';' expected at line 3")));
    }

    static String render(Report report, ScanResult result) {
        try {
            StringWriter out = new StringWriter();
            report.write(result, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
