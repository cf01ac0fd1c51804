package dev.conlint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code scan --format}. */
public enum ReportFormat {
    TEXT, JSON, SARIF, GITHUB;

    /** The name used on the command line, e.g. {@code sarif}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Report create(ReportOptions options) {
        return switch (this) {
            case TEXT -> new TextReport(options.colour(), options.includeSuppressed());
            case JSON -> new JsonReport(options.toolVersion());
            case SARIF -> new SarifReport(options.toolVersion(), options.includeSuppressed());
            case GITHUB -> new GithubReport();
        };
    }

    /** Parses a command-line name; the exception message lists the accepted names. */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "', expected one of "
                + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
    }
}
