package dev.conlint.testdata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Testdata is the acceptance test of the analyser, so it must be real code: every file under
 * testdata/ compiles, in one javac run, against the real framework jars on the test classpath.
 */
class TestdataCompilesTest {

    private static final Path TESTDATA = Path.of(System.getProperty("basedir", "."), "testdata");

    @Test
    void everyTestdataFileCompilesAgainstTheRealFrameworks(@TempDir Path classes) throws IOException {
        List<Path> sources = javaFilesUnder(TESTDATA);
        assertFalse(sources.isEmpty(), "no .java files under " + TESTDATA.toAbsolutePath());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler: run the tests on a JDK, not a JRE");

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"),
                "-proc:none",
                "-Xlint:none",
                "-encoding", "UTF-8");
        boolean compiled;
        try (StandardJavaFileManager fileManager =
                     javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(sources);
            compiled = javac.getTask(null, fileManager, diagnostics, options, null, units).call();
        }

        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(TestdataCompilesTest::describe)
                .collect(Collectors.toList());
        if (!errors.isEmpty() || !compiled) {
            fail(errors.size() + " compile error(s) in testdata (" + sources.size() + " files):\n"
                    + String.join("\n", errors));
        }
    }

    private static List<Path> javaFilesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".java"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null
                ? "<no file>"
                : TESTDATA.toAbsolutePath().getParent().relativize(Path.of(diagnostic.getSource().toUri()))
                        + ":" + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber();
        return where + ": " + diagnostic.getMessage(Locale.ROOT);
    }
}
