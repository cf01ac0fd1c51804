package dev.conlint.finding;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A span in a source file. Lines and columns are 1-based; {@code endColumn} is inclusive (JavaParser's
 * convention); reports that need an exclusive end add one.
 */
public record SourceLocation(Path file, int line, int column, int endLine, int endColumn)
        implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing((SourceLocation l) -> l.file().toString())
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column)
            .thenComparingInt(SourceLocation::endLine)
            .thenComparingInt(SourceLocation::endColumn);

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }
}
