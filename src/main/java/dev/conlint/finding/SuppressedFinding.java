package dev.conlint.finding;

/** A finding silenced in source or by the baseline, kept for {@code --include-suppressed}. */
public record SuppressedFinding(Finding finding, Kind kind, String justification) {

    public enum Kind { IN_SOURCE, BASELINE }
}
