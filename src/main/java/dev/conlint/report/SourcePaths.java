package dev.conlint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the paths of findings into what reports show: paths relative to the source root with '/'
 * separators, and RFC 3986 URI references for SARIF. A file outside the root keeps its absolute path
 * (and gets an absolute {@code file:} URI), since a relative path with ".." would not resolve against
 * {@code %SRCROOT%} in any consumer.
 */
final class SourcePaths {

    private final Path root;

    SourcePaths(Path sourceRoot) {
        this.root = sourceRoot.toAbsolutePath().normalize();
    }

    boolean isUnderRoot(Path file) {
        return absolute(file).startsWith(root);
    }

    /** The absolute, normalised root with '/' separators. */
    String root() {
        return slashes(root);
    }

    /** "src/main/java/App.java" for a file below the root, the absolute path otherwise. */
    String display(Path file) {
        Path abs = absolute(file);
        if (!abs.startsWith(root)) {
            return slashes(abs);
        }
        String relative = slashes(root.relativize(abs));
        return relative.isEmpty() ? "." : relative;
    }

    /**
     * The SARIF {@code artifactLocation.uri}: relative and percent-encoded below the root (to be read
     * against {@code %SRCROOT%}), an absolute {@code file:} URI otherwise.
     */
    String uri(Path file) {
        Path abs = absolute(file);
        return abs.startsWith(root) ? encodePath(display(abs)) : abs.toUri().toASCIIString();
    }

    /** The {@code file:} URI of the root, with the trailing slash SARIF requires of a base URI. */
    String rootUri() {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * Percent-encodes a '/'-separated path per RFC 3986: unreserved characters and '/' stay, every
     * other byte of its UTF-8 form becomes %XX (so a space is %20).
     */
    static String encodePath(String slashPath) {
        StringBuilder out = new StringBuilder(slashPath.length() + 8);
        for (byte b : slashPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Joins the name elements with '/', whatever the platform's separator. */
    private static String slashes(Path path) {
        StringBuilder out = new StringBuilder();
        if (path.getRoot() != null) {
            out.append(path.getRoot().toString().replace('\\', '/'));
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(path.getName(i));
        }
        return out.toString();
    }
}
