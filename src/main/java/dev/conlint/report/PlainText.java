package dev.conlint.report;

import java.util.regex.Pattern;

/**
 * Markdown reduced to readable plain text for SARIF {@code help.text}, which viewers without markdown
 * support show as is: headings lose their '#', code fences go (their code stays, indented), links become
 * "text (url)", and inline code and bold markers are dropped.
 */
final class PlainText {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private PlainText() {
    }

    static String fromMarkdown(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.strip().split("\r\n|\r|\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            out.append(inFence ? "    " + line : inline(line)).append('\n');
        }
        return BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    }

    private static String inline(String line) {
        String text = HEADING.matcher(line).replaceFirst("");
        text = LINK.matcher(text).replaceAll("$1 ($2)");
        text = BOLD.matcher(text).replaceAll("$1$2");
        return text.replace("`", "");
    }
}
