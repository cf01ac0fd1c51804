package dev.conlint.knowledge;

import java.util.List;

/**
 * An annotation that puts the annotated method (or every method of the annotated type) in a
 * context; with {@code whenReturns}, only methods whose return type is one of those types.
 */
public record AnnotationEntry(String fqn, String framework, Runs runs, List<String> whenReturns) {
    public AnnotationEntry {
        whenReturns = List.copyOf(whenReturns);
    }
}
