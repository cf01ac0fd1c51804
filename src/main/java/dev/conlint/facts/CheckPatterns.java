package dev.conlint.facts;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;

import java.util.Set;

/** The syntactic shapes of check-then-act sequences, on the AST of one method. */
final class CheckPatterns {

    private static final Set<String> MAP_ACTS = Set.of("put", "remove", "replace");

    private CheckPatterns() {
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        return x;
    }

    /** {@code x} for {@code x == null}, {@code null == x}, {@code this.x == null}; else null. */
    static String nullChecked(Expression condition) {
        return compared(condition, BinaryExpr.Operator.EQUALS);
    }

    /** {@code x} for {@code x != null}; else null. */
    static String nonNullChecked(Expression condition) {
        return compared(condition, BinaryExpr.Operator.NOT_EQUALS);
    }

    private static String compared(Expression condition, BinaryExpr.Operator op) {
        if (!(unwrap(condition) instanceof BinaryExpr b) || b.getOperator() != op) {
            return null;
        }
        Expression other = b.getLeft() instanceof NullLiteralExpr ? b.getRight()
                : b.getRight() instanceof NullLiteralExpr ? b.getLeft() : null;
        return other == null ? null : name(unwrap(other));
    }

    private static String name(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
            return f.getNameAsString();
        }
        return null;
    }

    /** Whether a statement assigns the field {@code field} ({@code f = ...}, {@code this.f = r = ...}). */
    static boolean assigns(Statement s, String field) {
        return s.findFirst(AssignExpr.class, a -> field.equals(name(a.getTarget()))).isPresent();
    }

    /**
     * Whether a statement calls {@code atomic.set(v)} in a way that can lose an update: not when
     * the condition already won a {@code compareAndSet} on the same atomic (the set finishes a
     * transition it owns), and not when it sets the very value the condition tested it was not
     * ({@code if (s.get() != CLOSED) s.set(CLOSED)}, {@code if (!f.get()) f.set(true)}: idempotent).
     */
    static boolean losesUpdate(Expression condition, Statement s, String atomic) {
        boolean guardedByCas = condition.findFirst(MethodCallExpr.class, m -> m.getNameAsString().endsWith("ompareAndSet")
                && m.getScope().map(CheckPatterns::unwrap).map(CheckPatterns::name).filter(atomic::equals).isPresent())
                .isPresent();
        if (guardedByCas) {
            return false;
        }
        Set<String> ensuredNot = new java.util.HashSet<>();
        condition.walk(BinaryExpr.class, b -> {
            if (b.getOperator() == BinaryExpr.Operator.NOT_EQUALS) {
                ensuredNot.add(isGet(b.getLeft(), atomic) ? b.getRight().toString()
                        : isGet(b.getRight(), atomic) ? b.getLeft().toString() : "");
            }
        });
        condition.walk(UnaryExpr.class, u -> {
            if (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && isGet(u.getExpression(), atomic)) {
                ensuredNot.add("true");
            }
        });
        // setting the very value the condition ruled out is idempotent only when nothing else
        // happens: `if (!busy.get()) { busy.set(true); return true; }` still lets two threads in
        boolean onlyTheSet = s.isExpressionStmt() || s.isBlockStmt() && s.asBlockStmt().getStatements().size() == 1;
        return s.findFirst(MethodCallExpr.class, m -> m.getNameAsString().equals("set") && m.getArguments().size() == 1
                && m.getScope().map(CheckPatterns::unwrap).map(CheckPatterns::name).filter(atomic::equals).isPresent()
                && !(onlyTheSet && ensuredNot.contains(m.getArgument(0).toString()))).isPresent();
    }

    private static boolean isGet(Expression e, String atomic) {
        return unwrap(e) instanceof MethodCallExpr m && m.getNameAsString().equals("get") && m.getArguments().isEmpty()
                && m.getScope().map(CheckPatterns::unwrap).map(CheckPatterns::name).filter(atomic::equals).isPresent();
    }

    static boolean isKeyed(MethodCallExpr m, String name) {
        return m.getNameAsString().equals(name) && m.getArguments().size() == 1 && m.getScope().isPresent();
    }

    /** The {@code m.containsKey(k)} or {@code m.get(k)} a condition tests ({@code !}, {@code == null} allowed). */
    static MethodCallExpr mapCheck(Expression condition) {
        Expression c = unwrap(condition);
        if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            c = unwrap(u.getExpression());
        }
        if (c instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
                || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            c = b.getLeft() instanceof NullLiteralExpr ? unwrap(b.getRight()) : unwrap(b.getLeft());
        }
        if (c instanceof MethodCallExpr m && (isKeyed(m, "containsKey") || isKeyed(m, "get"))) {
            return m;
        }
        return null;
    }

    /** A put/remove/replace on the same map with the same key, in either branch of the if. */
    static MethodCallExpr keyedAct(IfStmt n, String map, String key) {
        for (Statement branch : n.getElseStmt().isPresent() ? new Statement[] {n.getThenStmt(), n.getElseStmt().get()}
                : new Statement[] {n.getThenStmt()}) {
            // remove(k, v) and replace(k, old, new) are the atomic conditional forms: not an act here
            MethodCallExpr act = branch.findFirst(MethodCallExpr.class, m -> MAP_ACTS.contains(m.getNameAsString())
                    && m.getArguments().size() == (m.getNameAsString().equals("remove") ? 1 : 2)
                    && key.equals(m.getArgument(0).toString())
                    && m.getScope().map(CheckPatterns::unwrap).map(CheckPatterns::name).filter(map::equals).isPresent())
                    .orElse(null);
            if (act != null) {
                return act;
            }
        }
        return null;
    }
}
