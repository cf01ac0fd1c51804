package dev.conlint.finding;

/**
 * One hop of a call chain from an entry point to the offending call, e.g. the call of
 * {@code OrderService.load} inside {@code OrderVerticle.start}. {@code description} is short and
 * human readable ("OrderVerticle.start calls OrderService.load").
 */
public record ChainStep(SourceLocation location, String description) {
}
