package dev.conlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helper: write small projects and run the CLI in-process through {@link Main#run}. */
final class Cli {

    /** A file with one certain finding: Thread.sleep (line 9, column 24) in supplyAsync without an executor. */
    static final String GOOD = """
            package p;

            import java.util.concurrent.CompletableFuture;

            class Good {
                CompletableFuture<String> load() {
                    return CompletableFuture.supplyAsync(() -> {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                        return "x";
                    });
                }
            }
            """;

    /** Where {@link #GOOD}'s finding starts, as the text report prints it (paths relative to the scan root). */
    static final String GOOD_FINDING = "src/p/Good.java:9:24: warning [blocking-in-async-chain]";

    /** A class with no finding. */
    static final String CLEAN = """
            package p;

            class Clean {
                int twice(int x) {
                    return 2 * x;
                }
            }
            """;

    private Cli() {
    }

    /** The outcome of one command line. */
    record Result(int code, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        /** The stderr lines that mention {@code needle}. */
        List<String> errLinesWith(String needle) {
            List<String> out = new ArrayList<>();
            for (String line : errLines()) {
                if (line.contains(needle)) {
                    out.add(line);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code scan DIR --source-root DIR} plus {@code more}, so reported paths are relative to DIR. */
    static Result scan(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("scan", dir.toString(), "--source-root", dir.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    static Path write(Path root, String relative, String content) {
        return write(root, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String relative, byte[] content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #GOOD} to {@code src/p/Good.java}. */
    static Path good(Path root) {
        return write(root, "src/p/Good.java", GOOD);
    }

    /** The scan completed despite the bad file: exit 1 and the good file's finding on stdout. */
    static void assertGoodFindingReported(Result r) {
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains(GOOD_FINDING), r::toString);
    }

    /** Exactly one stderr line mentions {@code needle}, and stderr has no stack trace. */
    static String assertOneErrLineAbout(Result r, String needle) {
        List<String> lines = r.errLinesWith(needle);
        assertEquals(1, lines.size(), () -> "stderr lines mentioning " + needle + ": " + lines + "\n" + r);
        assertNoStackTrace(r);
        return lines.get(0);
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.err().contains("Caused by"), r::toString);
    }

    /** Exit 2 and exactly one line on stderr, starting "conlint: " and containing {@code reason}. */
    static void assertUsageError(Result r, String reason) {
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("conlint: "), r::toString);
        assertTrue(r.err().contains(reason), r::toString);
        assertNoStackTrace(r);
        assertEquals("", r.out(), r::toString);
    }
}
