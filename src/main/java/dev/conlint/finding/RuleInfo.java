package dev.conlint.finding;

/**
 * What reports need to know about a rule: its metadata and its documentation ({@code rules/ID.md}).
 *
 * @param id          stable kebab-case id
 * @param name        PascalCase name for SARIF {@code name}, e.g. {@code BlockingCallOnEventLoop}
 * @param family      family tag, e.g. {@code F2}
 * @param familyTitle e.g. "Blocking calls inside async code"
 * @param level       default level
 * @param title       one-line summary (SARIF shortDescription)
 * @param description a few sentences (SARIF fullDescription, at most 1024 characters)
 * @param precision   SARIF precision: very-high, high, medium or low
 * @param markdown    the whole of rules/ID.md
 */
public record RuleInfo(String id, String name, String family, String familyTitle, Level level, String title,
                       String description, String precision, String markdown) {
}
