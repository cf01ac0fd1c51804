package dev.conlint.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.conlint.finding.Level;
import dev.conlint.finding.RuleInfo;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code tool.driver.rules[]}: one reportingDescriptor per rule, filled the way GitHub reads it. */
final class SarifRules {

    static final String HELP_URI_PREFIX = "https://github.com/conlint/conlint/blob/main/rules/";

    /** GitHub rejects the whole upload when a description is longer. */
    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_NAME = 255;

    private SarifRules() {
    }

    static ReportingDescriptor descriptor(RuleInfo rule) {
        String title = orElse(rule.title(), rule.id());
        String description = orElse(rule.description(), title);
        String markdown = orElse(rule.markdown(), description);

        PropertyBag properties = new PropertyBag().withTags(tags(rule));
        if (rule.precision() != null && !rule.precision().isBlank()) {
            properties.withAdditionalProperty("precision", rule.precision());
        }
        properties.withAdditionalProperty("problem.severity", problemSeverity(rule.level()));

        ReportingDescriptor descriptor = new ReportingDescriptor()
                .withId(rule.id())
                .withShortDescription(new MultiformatMessageString().withText(limit(title, MAX_DESCRIPTION)))
                .withFullDescription(new MultiformatMessageString().withText(limit(description, MAX_DESCRIPTION)))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(rule.level())))
                .withHelp(new MultiformatMessageString()
                        .withText(PlainText.fromMarkdown(markdown))
                        .withMarkdown(markdown))
                .withHelpUri(helpUri(rule.id()))
                .withProperties(properties);
        if (rule.name() != null && !rule.name().isBlank()) {
            descriptor.withName(limit(rule.name(), MAX_NAME));
        }
        return descriptor;
    }

    static ReportingConfiguration.Level level(Level level) {
        return switch (level) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static Set<String> tags(RuleInfo rule) {
        Set<String> tags = new LinkedHashSet<>();
        if (rule.family() != null && !rule.family().isBlank()) {
            tags.add(rule.family());
        }
        tags.add("concurrency");
        return tags;
    }

    private static String problemSeverity(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    /** Rule ids are kebab-case; anything else is encoded rather than breaking the URI. */
    private static URI helpUri(String id) {
        return URI.create(HELP_URI_PREFIX + SourcePaths.encodePath(id) + ".md");
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
