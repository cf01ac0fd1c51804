package dev.conlint.knowledge;

import java.util.List;

/**
 * An annotation that puts the annotated method (or every method of the annotated type) in a
 * context; with {@code whenReturns}, only methods whose return type is one of those types.
 * {@code shared}: on a type, one instance serves many threads at once (a Spring singleton, a Netty
 * {@code @Sharable} handler), so its public methods run concurrently with themselves, unless the
 * type also carries one of the {@code unless} annotations ({@code @Scope("prototype")}).
 * {@code runs} is null for an annotation that only says {@code shared}.
 */
public record AnnotationEntry(String fqn, String framework, Runs runs, List<String> whenReturns, boolean shared,
                              List<String> unless) {
    public AnnotationEntry {
        whenReturns = List.copyOf(whenReturns);
        unless = List.copyOf(unless);
    }
}
