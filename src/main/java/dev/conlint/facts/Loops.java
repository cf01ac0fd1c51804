package dev.conlint.facts;

import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;

import java.util.Set;

/**
 * How much a loop iterates, as far as its header says: a constant bound, or non-constant data
 * (named for messages), or neither (small literal collections, constants, string scans). While and
 * do loops are left out: their conditions ({@code e != null}, {@code i < n && s.charAt(i) == ' '})
 * are mostly cursors over one structure, not a second dimension of data.
 */
final class Loops {

    private static final int MAX_TEXT = 40;
    private static final Set<String> LITERAL_COLLECTIONS = Set.of("of", "asList", "values");

    private Loops() {
    }

    /** The constant number of iterations of {@code for (i = 0; i < N; i++)}, or -1. */
    static long constantBound(ForStmt n) {
        if (n.getCompare().isEmpty() || !(n.getCompare().get() instanceof BinaryExpr cmp)) {
            return -1;
        }
        return switch (cmp.getOperator()) {
            case LESS, LESS_EQUALS -> constant(cmp.getRight());
            case GREATER, GREATER_EQUALS -> constant(cmp.getLeft());
            default -> -1;
        };
    }

    private static long constant(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return constant(en.getInner());
        }
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().longValue();
        }
        if (e instanceof LongLiteralExpr l) {
            return l.asNumber().longValue();
        }
        if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.MULTIPLY
                || b.getOperator() == BinaryExpr.Operator.PLUS)) {
            long l = constant(b.getLeft());
            long r = constant(b.getRight());
            if (l < 0 || r < 0) {
                return -1;
            }
            return b.getOperator() == BinaryExpr.Operator.MULTIPLY ? l * r : l + r;
        }
        if (e instanceof NameExpr n && isConstantName(n.getNameAsString())
                || e instanceof FieldAccessExpr f && isConstantName(f.getNameAsString())) {
            return 0;   // a named constant: bounded, size unknown, not "data"
        }
        return -1;
    }

    private static boolean isConstantName(String name) {
        return name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** What an indexed loop runs over when its bound is not constant: {@code items} for {@code i < items.size()}. */
    static String over(ForStmt n) {
        if (n.getCompare().isEmpty() || !(n.getCompare().get() instanceof BinaryExpr cmp)) {
            return null;
        }
        Expression bound = switch (cmp.getOperator()) {
            case LESS, LESS_EQUALS, NOT_EQUALS -> cmp.getRight();
            case GREATER, GREATER_EQUALS -> cmp.getLeft();
            default -> null;
        };
        if (bound == null) {
            return null;
        }
        if (bound instanceof MethodCallExpr m && m.getNameAsString().equals("size") && m.getScope().isPresent()) {
            return text(m.getScope().get());
        }
        if (bound instanceof MethodCallExpr m && m.getNameAsString().equals("length")) {
            return null;    // a scan over a string's characters: parsing, bounded by the text at hand
        }
        if (bound instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
            return text(f.getScope());
        }
        return text(bound);
    }

    /** What a for-each iterates over, unless it is a small literal collection or enum values. */
    static String over(ForEachStmt n) {
        Expression it = n.getIterable();
        if (it instanceof MethodCallExpr m && LITERAL_COLLECTIONS.contains(m.getNameAsString())) {
            return null;
        }
        if (it instanceof ArrayCreationExpr a && a.getInitializer().isPresent()) {
            return null;
        }
        return text(it);
    }

    /** The index variable of {@code for (int i = 0; ...)}, or null. */
    static String variable(ForStmt n) {
        for (Expression init : n.getInitialization()) {
            if (init instanceof VariableDeclarationExpr v && !v.getVariables().isEmpty()) {
                return v.getVariables().get(0).getNameAsString();
            }
        }
        return null;
    }

    /** Whether an expression's text uses a variable as a whole word. */
    static boolean mentions(String text, String variable) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(variable) + "\\b").matcher(text).find();
    }

    private static String text(Expression e) {
        String t = e.toString().replaceAll("\\s+", " ");
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 3) + "...";
    }
}
