package dev.conlint.rules;

import dev.conlint.finding.Level;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, next to its check (the documentation is {@code rules/ID.md}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    String id();

    /** PascalCase, for SARIF {@code name}. */
    String name();

    /** Family id, e.g. "F2". */
    String family();

    String familyTitle();

    Level level();

    /** One line. */
    String title();

    /** very-high, high, medium or low. */
    String precision();
}
