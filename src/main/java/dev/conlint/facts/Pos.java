package dev.conlint.facts;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;

/** A compact source span: 1-based lines and columns, end column inclusive. */
public record Pos(int line, int column, int endLine, int endColumn) {

    public static final Pos NONE = new Pos(1, 1, 1, 1);

    static Pos of(Node node) {
        return node.getRange().map(Pos::of).orElse(NONE);
    }

    static Pos of(Range r) {
        return new Pos(r.begin.line, r.begin.column, r.end.line, r.end.column);
    }

    /** From the start of {@code first} to the end of {@code last}. */
    static Pos span(Node first, Node last) {
        Pos a = of(first);
        Pos b = of(last);
        return new Pos(a.line, a.column, b.endLine, b.endColumn);
    }
}
