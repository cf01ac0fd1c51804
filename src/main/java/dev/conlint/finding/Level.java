package dev.conlint.finding;

import java.util.Locale;

/** Severity of a finding, ordered from most to least severe. */
public enum Level {
    ERROR, WARNING, NOTE;

    /** The lower-case name used by SARIF, the CLI and the text report. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Level parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
