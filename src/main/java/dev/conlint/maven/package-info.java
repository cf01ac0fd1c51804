/**
 * The Maven goals {@code conlint:check} and {@code conlint:scan}: thin front doors onto the same
 * {@link dev.conlint.Scanner} the CLI uses. Only this package touches Maven's API (provided by
 * Maven at run time, absent from the CLI jar).
 */
package dev.conlint.maven;
