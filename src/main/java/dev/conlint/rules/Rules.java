package dev.conlint.rules;

import dev.conlint.finding.RuleInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rule catalogue: every rule conlint has, in id order, with its documentation. */
public final class Rules {

    private static final List<Rule> ALL = List.of(new BlockingCallOnEventLoop(), new BlockingInAsyncChain(),
            new CheckThenAct(), new CpuHeavyOnEventLoop(), new DoubleCheckedLocking(), new InconsistentSynchronization(),
            new NestedEventLoop(), new SharedMutableField(), new ThreadUnsafeObjectShared(), new WaitOnOwnExecutor());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    /** The rule's documentation, {@code rules/ID.md}, as shipped in the jar. */
    public static String markdown(String id) {
        try (InputStream in = Rules.class.getResourceAsStream("/rules/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public static RuleInfo info(Rule rule) {
        RuleMeta m = rule.meta();
        String md = markdown(m.id());
        return new RuleInfo(m.id(), m.name(), m.family(), m.familyTitle(), m.level(), m.title(),
                description(md, m.title()), m.precision(), md);
    }

    public static List<RuleInfo> infos(List<Rule> rules) {
        List<RuleInfo> out = new ArrayList<>(rules.size());
        rules.forEach(r -> out.add(info(r)));
        return out;
    }

    /** The first paragraph of the "What it finds" section, at most 1024 characters. */
    static String description(String markdown, String fallback) {
        int at = markdown.indexOf("## What it finds");
        if (at < 0) {
            return fallback;
        }
        StringBuilder text = new StringBuilder();
        for (String line : markdown.substring(at).split("\n", -1)) {
            if (line.startsWith("## What")) {
                continue;
            }
            if (line.isBlank()) {
                if (text.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.startsWith("#")) {
                break;
            }
            text.append(text.length() > 0 ? " " : "").append(line.strip());
        }
        String d = text.length() == 0 ? fallback : text.toString();
        return d.length() <= 1024 ? d : d.substring(0, 1021) + "...";
    }
}
