package dev.conlint.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void stripsMarkdownButKeepsCode() {
        String markdown = "# Title\r\n\r\n## Why\nA **bold** `call()` and [a link](https://x.org/y).\n\n\n\n"
                + "```java\nint a = 1 * 2;\n```\n";
        assertEquals("Title\n\nWhy\nA bold call() and a link (https://x.org/y).\n\n    int a = 1 * 2;",
                PlainText.fromMarkdown(markdown));
    }
}
