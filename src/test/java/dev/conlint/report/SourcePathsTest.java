package dev.conlint.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcePathsTest {

    @Test
    void encodesPerRfc3986() {
        assertEquals("src/main/java/App.java", SourcePaths.encodePath("src/main/java/App.java"));
        assertEquals("src/my%20app/A-b_c.d~e.java", SourcePaths.encodePath("src/my app/A-b_c.d~e.java"));
        assertEquals("%C3%9Cber/%23hash%25/%E2%82%AC.java", SourcePaths.encodePath("Über/#hash%/€.java"));
        assertEquals("Outer%24Inner.java", SourcePaths.encodePath("Outer$Inner.java"));
        // what the encoder produces is a valid relative reference that decodes back
        assertEquals("src/my app/Über.java", URI.create(SourcePaths.encodePath("src/my app/Über.java")).getPath());
    }

    @Test
    void relativePathsUseSlashes(@TempDir Path root) {
        SourcePaths paths = new SourcePaths(root);
        Path file = root.resolve("src").resolve("my app").resolve("A.java");
        assertEquals("src/my app/A.java", paths.display(file));
        assertEquals("src/my%20app/A.java", paths.uri(file));
        assertTrue(paths.isUnderRoot(file));
        assertEquals(".", paths.display(root));
    }

    @Test
    void relativeInputsAreResolvedAgainstTheWorkingDirectory() {
        SourcePaths paths = new SourcePaths(Path.of("."));
        assertEquals("src/A.java", paths.display(Path.of("src/A.java")));
        assertEquals("src/A.java", paths.display(Path.of("./src/../src/A.java")));
    }

    @Test
    void rootUriEndsWithASlash(@TempDir Path tmp) {
        SourcePaths paths = new SourcePaths(tmp.resolve("my repo"));
        String uri = paths.rootUri();
        assertTrue(uri.startsWith("file:///") && uri.endsWith("/my%20repo/"), uri);
        assertEquals(tmp.resolve("my repo").resolve("src/A.java").toUri(),
                URI.create(uri).resolve("src/A.java"));
    }

    @Test
    void filesOutsideTheRootStayAbsolute(@TempDir Path tmp) {
        SourcePaths paths = new SourcePaths(tmp.resolve("root"));
        Path outside = tmp.resolve("other").resolve("B.java");
        assertFalse(paths.isUnderRoot(outside));
        assertEquals(outside.toAbsolutePath().toString().replace('\\', '/'), paths.display(outside));
        assertEquals(outside.toUri().toString(), paths.uri(outside));
    }
}
