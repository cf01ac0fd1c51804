package dev.conlint.knowledge;

import java.util.List;

/**
 * An annotation that puts the annotated method (or every method of the annotated type) in a
 * context; with {@code whenReturns}, only methods whose return type is one of those types.
 * {@code shared}: on a type, one instance serves many threads at once (a Spring singleton, a Netty
 * {@code @Sharable} handler), so its public methods run concurrently with themselves, unless the
 * type also carries one of the {@code unless} annotations ({@code @Scope("prototype")}).
 * {@code perUse} names the methods that begin or end one use of a shared instance (a
 * {@code @Sharable} handler's {@code channelActive}): a field they write is state of the current
 * use, which the author keeps on purpose, so its updates are not reported as races.
 * {@code runs} is null for an annotation that only says {@code shared}.
 */
public record AnnotationEntry(String fqn, String framework, Runs runs, List<String> whenReturns, boolean shared,
                              List<String> unless, List<String> perUse) {
    public AnnotationEntry {
        whenReturns = List.copyOf(whenReturns);
        unless = List.copyOf(unless);
        perUse = List.copyOf(perUse);
    }
}
