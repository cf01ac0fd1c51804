package dev.conlint.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one parsed file into {@link FileFacts}. Resolves only what one file can know (locals,
 * parameters, the shape of receivers); names are resolved against the whole project later.
 * Not thread-safe: use one instance per file.
 */
public final class FactExtractor {

    /** Calls that take a lock held in a field: java.util.concurrent.locks.Lock, Guava's Monitor. */
    private static final Set<String> LOCKING = Set.of("lock", "lockInterruptibly", "tryLock", "enter",
            "enterInterruptibly", "tryEnter", "enterWhen", "enterWhenUninterruptibly", "enterIf",
            "enterIfInterruptibly", "tryEnterIf");

    /**
     * Other checkers' suppressions that mean the same review: Error Prone's {@code GuardedBy}
     * check is silenced on an access its authors decided may go without the lock.
     */
    private static final Map<String, String> PEER_SUPPRESSIONS = Map.of("GuardedBy", "inconsistent-synchronization");

    private static final Pattern IGNORE = Pattern.compile(
            "^\\s*conlint:ignore(?<ids>(?:\\s+[a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)?)\\s*(?:--\\s*(?<why>.*))?$");
    private static final int MAX_TOKENS = 32;

    private final Set<String> tokenCalls;
    private final Path path;
    private String packagePrefix = "";
    private final List<TypeFacts> types = new ArrayList<>();
    private final List<UnitBuilder> units = new ArrayList<>();
    private final List<SuppressionFacts> suppressions = new ArrayList<>();
    private final Map<String, Integer> anonymousCounters = new HashMap<>();
    private final Map<String, Map<String, String>> fieldInits = new HashMap<>();
    private final BodyWalker walker = new BodyWalker();
    private UnitBuilder current;

    /**
     * @param tokenCalls names of calls whose arguments' identifiers the knowledge wants to see
     *                   (for example {@code deployVerticle}, to spot worker deployment options)
     */
    public FactExtractor(Path path, Set<String> tokenCalls) {
        this.path = path;
        this.tokenCalls = tokenCalls;
    }

    public FileFacts extract(CompilationUnit cu, int lines, List<Comment> comments) {
        ImportContext imports = imports(cu);
        packagePrefix = imports.packageName().isEmpty() ? "" : imports.packageName() + ".";
        for (TypeDeclaration<?> td : cu.getTypes()) {
            type(td, null, -1, null);
        }
        for (Comment c : comments) {
            if (c instanceof LineComment) {
                ignoreComment(c);
            }
        }
        List<UnitFacts> built = new ArrayList<>(units.size());
        for (UnitBuilder u : units) {
            built.add(u.build());
        }
        return new FileFacts(path, lines, imports, types, built, suppressions);
    }

    // ---------------------------------------------------------------- declarations

    private static ImportContext imports(CompilationUnit cu) {
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Map<String, String> single = new LinkedHashMap<>();
        List<String> onDemand = new ArrayList<>();
        Map<String, String> staticMembers = new LinkedHashMap<>();
        List<String> staticOnDemand = new ArrayList<>();
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    staticOnDemand.add(name);
                } else {
                    int dot = name.lastIndexOf('.');
                    if (dot > 0) {
                        staticMembers.putIfAbsent(name.substring(dot + 1), name.substring(0, dot));
                    }
                }
            } else if (imp.isAsterisk()) {
                onDemand.add(name);
            } else {
                single.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        return new ImportContext(pkg, single, onDemand, staticMembers, staticOnDemand);
    }

    private void type(TypeDeclaration<?> td, String outer, int parentUnit, String enclosing) {
        String fqn = outer == null ? packagePrefix + td.getNameAsString() : outer + "." + td.getNameAsString();
        List<String> supers = new ArrayList<>();
        boolean isInterface = false;
        boolean isAbstract = false;
        if (td instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(t -> supers.add(typeName(t)));
            c.getImplementedTypes().forEach(t -> supers.add(typeName(t)));
            isInterface = c.isInterface();
            isAbstract = c.isInterface() || c.isAbstract();
        } else if (td instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(t -> supers.add(typeName(t)));
        } else if (td instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(t -> supers.add(typeName(t)));
        } else if (td instanceof AnnotationDeclaration) {
            isInterface = true;
            isAbstract = true;
        }
        suppression(td, td);
        Map<String, String> fields = fields(td.getMembers());
        if (td instanceof EnumDeclaration e) {
            e.getEntries().forEach(c -> fields.putIfAbsent(c.getNameAsString(), td.getNameAsString()));
        }
        int slot = types.size();
        types.add(null);
        Map<String, String> inits = new LinkedHashMap<>();
        fieldInits.put(fqn, inits);
        if (td instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration constant : e.getEntries()) {
                enumConstant(constant, fqn, parentUnit, enclosing);
            }
        }
        if (td instanceof RecordDeclaration r) {
            r.getParameters().forEach(p -> suppression(p, p));
        }
        members(td.getMembers(), fqn, parentUnit, enclosing);
        types.set(slot, typeFacts(fqn, td.getNameAsString(), supers, annotationNames(td), td.getMembers(), fields,
                inits, outer, isInterface, isAbstract, Pos.of(td.getName())));
    }

    private void enumConstant(EnumConstantDeclaration constant, String enumFqn, int parentUnit, String enclosing) {
        if (!constant.getArguments().isEmpty()) {
            UnitBuilder init = initializer(enumFqn, true, parentUnit, constant);
            withUnit(init, () -> constant.getArguments().forEach(a -> a.accept(walker, null)));
        }
        if (!constant.getClassBody().isEmpty()) {
            String anon = anonymousName(enumFqn);
            types.add(typeFacts(anon, constant.getNameAsString(), List.of(enumFqn), List.of(), constant.getClassBody(),
                    fields(constant.getClassBody()), Map.of(), enumFqn, false, false, Pos.of(constant.getName())));
            members(constant.getClassBody(), anon, parentUnit, enclosing);
        }
    }

    private void members(NodeList<BodyDeclaration<?>> members, String owner, int parentUnit, String enclosing) {
        Map<Boolean, UnitBuilder> fieldInit = new HashMap<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof TypeDeclaration<?> nested) {
                type(nested, owner, parentUnit, enclosing);
            } else if (member instanceof MethodDeclaration m) {
                callable(m, UnitFacts.Kind.METHOD, m.getNameAsString(), typeName(m.getType()), owner, parentUnit,
                        m.isStatic(), m.getBody().isEmpty(), m.isPrivate());
                last().synchronizedMethod = m.isSynchronized();
                m.getBody().ifPresent(b -> withUnit(last(), () -> b.accept(walker, null)));
            } else if (member instanceof ConstructorDeclaration c) {
                callable(c, UnitFacts.Kind.CONSTRUCTOR, CallFacts.CONSTRUCTOR, null, owner, parentUnit, false, false,
                        c.isPrivate());
                withUnit(last(), () -> c.getBody().accept(walker, null));
            } else if (member instanceof CompactConstructorDeclaration c) {
                suppression(c, c);
                units.add(new UnitBuilder(units.size(), UnitFacts.Kind.CONSTRUCTOR, owner, CallFacts.CONSTRUCTOR,
                        List.of(), null, annotationNames(c), false, false, c.isPrivate(), parentUnit,
                        CallFacts.CONSTRUCTOR, Pos.of(c.getName())));
                withUnit(last(), () -> c.getBody().accept(walker, null));
            } else if (member instanceof InitializerDeclaration i) {
                UnitBuilder init = initializer(owner, i.isStatic(), parentUnit, i);
                withUnit(init, () -> i.getBody().accept(walker, null));
            } else if (member instanceof FieldDeclaration f) {
                suppression(f, f);
                for (VariableDeclarator v : f.getVariables()) {
                    v.getInitializer().map(FactExtractor::initDescriptor)
                            .ifPresent(d -> fieldInitsOf(owner).putIfAbsent(v.getNameAsString(), d));
                    if (v.getInitializer().isPresent()) {
                        UnitBuilder init = fieldInit.computeIfAbsent(f.isStatic(),
                                s -> initializer(owner, s, parentUnit, f));
                        withUnit(init, () -> v.getInitializer().get().accept(walker, null));
                    }
                }
            }
        }
    }

    private void callable(CallableDeclaration<?> d, UnitFacts.Kind kind, String name, String returnType, String owner,
                          int parentUnit, boolean isStatic, boolean isAbstract, boolean isPrivate) {
        suppression(d, d);
        List<UnitFacts.Param> params = new ArrayList<>();
        for (Parameter p : d.getParameters()) {
            params.add(new UnitFacts.Param(p.getNameAsString(), typeName(p.getType()) + (p.isVarArgs() ? "..." : "")));
        }
        UnitBuilder unit = new UnitBuilder(units.size(), kind, owner, name, params, returnType, annotationNames(d),
                isStatic, isAbstract, isPrivate, parentUnit, name, Pos.of(d.getName()));
        unit.isPublic = d.isPublic();
        String guard = guardedBy(d);
        if (guard != null) {
            unit.guardedBy = Locks.fromGuardedBy(guard, owner);   // callers hold it
        }
        units.add(unit);
        for (UnitFacts.Param p : params) {
            unit.scope.peek().put(p.name(), new LocalVar(p.type().replace("...", "[]"), unit.id, -1, List.of(), null));
        }
    }

    private UnitBuilder initializer(String owner, boolean isStatic, int parentUnit, Node at) {
        String name = isStatic ? "<clinit>" : "<init>";
        UnitBuilder unit = new UnitBuilder(units.size(), UnitFacts.Kind.INITIALIZER, owner, name, List.of(), null,
                List.of(), isStatic, false, false, parentUnit, name, Pos.of(at));
        units.add(unit);
        return unit;
    }

    private Map<String, String> fieldInitsOf(String owner) {
        return fieldInits.computeIfAbsent(owner, k -> new LinkedHashMap<>());
    }

    /** {@code Executors.newFixedThreadPool} or {@code new ThreadPoolExecutor}, or null for anything else. */
    static String initDescriptor(Expression raw) {
        Expression e = unwrap(raw);
        if (e instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isEmpty()) {
            return "new " + typeName(oc.getType());
        }
        if (e instanceof MethodCallExpr m) {
            if (m.getScope().isEmpty()) {
                return m.getNameAsString();
            }
            String scope = dottedName(m.getScope().get());
            return scope == null ? null : scope + "." + m.getNameAsString();
        }
        return null;
    }

    private UnitBuilder last() {
        return units.get(units.size() - 1);
    }

    private void withUnit(UnitBuilder unit, Runnable body) {
        UnitBuilder saved = current;
        current = unit;
        try {
            body.run();
        } finally {
            current = saved;
        }
    }

    private String anonymousName(String outer) {
        return outer + "$" + anonymousCounters.merge(outer, 1, Integer::sum);
    }

    private static Map<String, String> fields(NodeList<BodyDeclaration<?>> members) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) {
                    fields.putIfAbsent(v.getNameAsString(), typeName(v.getType()));
                }
            }
        }
        return fields;
    }

    private static java.util.Set<String> fieldsWhere(NodeList<BodyDeclaration<?>> members,
                                                     java.util.function.Predicate<FieldDeclaration> test) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration f && test.test(f)) {
                f.getVariables().forEach(v -> names.add(v.getNameAsString()));
            }
        }
        return names;
    }

    /** Field name to the lock its {@code @GuardedBy("lock")} (JCIP, Error Prone, javax) names. */
    private static Map<String, String> guardedBy(NodeList<BodyDeclaration<?>> members) {
        Map<String, String> guarded = new LinkedHashMap<>();
        for (BodyDeclaration<?> member : members) {
            String guard = member instanceof FieldDeclaration f ? guardedBy(f) : null;
            if (guard != null) {
                ((FieldDeclaration) member).getVariables().forEach(v -> guarded.put(v.getNameAsString(), guard));
            }
        }
        return guarded;
    }

    /** The lock a declaration's {@code @GuardedBy} (JCIP, Error Prone, javax) names, as written; else null. */
    private static String guardedBy(NodeWithAnnotations<?> declaration) {
        String guard = null;
        for (AnnotationExpr a : declaration.getAnnotations()) {
            List<String> values = a.getNameAsString().endsWith("GuardedBy") ? stringValues(a) : List.of();
            if (!values.isEmpty()) {
                guard = values.get(0);
            }
        }
        return guard;
    }

    private static TypeFacts typeFacts(String fqn, String displayName, List<String> supers, List<String> annotations,
                                       NodeList<BodyDeclaration<?>> members, Map<String, String> fields,
                                       Map<String, String> inits, String outer, boolean isInterface,
                                       boolean isAbstract, Pos pos) {
        return new TypeFacts(fqn, displayName, supers, annotations, fields, inits,
                fieldsWhere(members, FieldDeclaration::isVolatile), fieldsWhere(members, FieldDeclaration::isFinal),
                fieldsWhere(members, FieldDeclaration::isStatic), guardedBy(members), fieldPositions(members), outer,
                isInterface, isAbstract, pos);
    }

    private static Map<String, Pos> fieldPositions(NodeList<BodyDeclaration<?>> members) {
        Map<String, Pos> positions = new LinkedHashMap<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration f) {
                f.getVariables().forEach(v -> positions.putIfAbsent(v.getNameAsString(), Pos.of(v.getName())));
            }
        }
        return positions;
    }

    private static List<String> annotationNames(NodeWithAnnotations<?> node) {
        List<String> names = new ArrayList<>(node.getAnnotations().size());
        for (AnnotationExpr a : node.getAnnotations()) {
            names.add(a.getNameAsString());
        }
        return names;
    }

    /** The erased type name as written: {@code Map<K, V>} becomes {@code Map}, arrays keep {@code []}. */
    static String typeName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getNameWithScope();
        }
        if (type.isArrayType()) {
            return typeName(type.asArrayType().getComponentType()) + "[]";
        }
        return type.asString();
    }

    // ---------------------------------------------------------------- suppressions

    private void suppression(NodeWithAnnotations<?> annotated, Node span) {
        for (AnnotationExpr a : annotated.getAnnotations()) {
            String name = a.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            boolean all = false;
            for (String value : stringValues(a)) {
                if (value.equals("conlint")) {
                    all = true;
                } else if (value.startsWith("conlint:")) {
                    ids.add(value.substring("conlint:".length()));
                } else if (PEER_SUPPRESSIONS.containsKey(value)) {
                    Pos pos = Pos.of(span);
                    suppressions.add(new SuppressionFacts(pos.line(), pos.endLine(), Set.of(PEER_SUPPRESSIONS.get(value)),
                            "@SuppressWarnings(\"" + value + "\") on the declaration"));
                }
            }
            if (all || !ids.isEmpty()) {
                Pos pos = Pos.of(span);
                suppressions.add(new SuppressionFacts(pos.line(), pos.endLine(), all ? Set.of() : ids,
                        "@SuppressWarnings(\"" + (all ? "conlint" : "conlint:" + String.join(", conlint:", ids))
                                + "\") on the declaration"));
            }
        }
    }

    private static List<String> stringValues(AnnotationExpr a) {
        Expression value = null;
        if (a instanceof SingleMemberAnnotationExpr s) {
            value = s.getMemberValue();
        } else if (a instanceof NormalAnnotationExpr n) {
            value = n.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                    .map(p -> p.getValue()).findFirst().orElse(null);
        }
        List<String> values = new ArrayList<>();
        if (value instanceof StringLiteralExpr s) {
            values.add(s.getValue());
        } else if (value instanceof ArrayInitializerExpr arr) {
            for (Expression e : arr.getValues()) {
                if (e instanceof StringLiteralExpr s) {
                    values.add(s.getValue());
                }
            }
        }
        return values;
    }

    private void ignoreComment(Comment c) {
        Matcher m = IGNORE.matcher(c.getContent());
        if (!m.matches() || c.getRange().isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : m.group("ids").trim().split("[\\s,]+")) {
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        String why = m.group("why") == null ? "" : m.group("why").trim();
        int line = c.getRange().get().begin.line;
        suppressions.add(new SuppressionFacts(line, line, ids, why.isEmpty() ? "conlint:ignore" : why));
    }

    // ---------------------------------------------------------------- bodies

    /** A loop being walked: what it iterates over (null: a constant or unknown bound). */
    private static final class LoopInfo {
        final Pos pos;
        final String over;
        final String variable;
        final int firstCall;
        final int scopeDepth;
        String nestedWith;

        LoopInfo(Pos pos, String over, String variable, int firstCall, int scopeDepth) {
            this.pos = pos;
            this.over = over;
            this.variable = variable;
            this.firstCall = firstCall;
            this.scopeDepth = scopeDepth;
        }
    }

    /**
     * Enters a loop. An inner data loop makes the outermost enclosing data loop a cross product,
     * unless it walks something the outer loop's variable reaches ({@code order.lines()}): that
     * is one pass over a nested structure, linear in its total size.
     */
    private LoopInfo enterLoop(Node loop, String over, String variable) {
        if (over != null) {
            LoopInfo outermost = null;
            boolean dependent = false;
            for (LoopInfo l : current.loopStack) {
                if (l.over != null) {
                    outermost = l;   // the stack iterates innermost first, so this ends at the outermost
                }
                dependent |= l.variable != null && Loops.mentions(over, l.variable) || mentionsLocalOf(l, over);
            }
            if (outermost != null && outermost.nestedWith == null && !dependent) {
                outermost.nestedWith = over;
            }
        }
        Pos keyword = Pos.of(loop);
        LoopInfo info = new LoopInfo(new Pos(keyword.line(), keyword.column(), keyword.line(), keyword.column() + 2),
                over, variable, current.calls.size(), current.scope.size());
        current.loopStack.push(info);
        return info;
    }

    /** Whether {@code text} uses a local declared inside {@code loop} ({@code tokens = field.split(",")}). */
    private boolean mentionsLocalOf(LoopInfo loop, String text) {
        int newer = current.scope.size() - loop.scopeDepth;
        int i = 0;
        for (Map<String, LocalVar> frame : current.scope) {
            if (i++ >= newer) {
                break;
            }
            for (String name : frame.keySet()) {
                if (Loops.mentions(text, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void exitLoop(LoopInfo loop, String huge) {
        current.loopStack.pop();
        current.loopSpan(loop.firstCall);
        String why = loop.nestedWith != null
                ? "nested loops over `" + loop.over + "` and `" + loop.nestedWith + "`" : huge;
        if (why != null) {
            current.loops.add(new LoopFacts(loop.pos, why, loop.firstCall, current.calls.size(),
                    loop.nestedWith != null));
        }
    }

    // ---------------------------------------------------------------- check-then-act patterns

    private boolean underLock() {
        return !current.locks.isEmpty() || current.synchronizedMethod;
    }

    // ---------------------------------------------------------------- field accesses and locks


    /**
     * The identity of a lock as one file can tell it: {@code this:Owner} (synchronized methods and
     * {@code synchronized (this)}), {@code class:Owner} (static synchronized methods, {@code X.class}),
     * {@code field:name} (a field, {@code this.name}, or the last field of a path such as
     * {@code stream.conn}: the same connection reached another way; also {@code rw.readLock()}/
     * {@code rw.writeLock()} of a ReadWriteLock field), else {@code expr:text}.
     */
    private String lockId(Expression raw) {
        Expression e = unwrap(raw);
        if (e instanceof ThisExpr t) {
            return "this:" + t.getTypeName().map(n -> n.getIdentifier()).orElse(Locks.simpleName(current.owner));
        }
        if (e instanceof ClassExpr c) {
            return "class:" + Locks.simpleName(typeName(c.getType()));
        }
        if (e instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                && (m.getNameAsString().equals("readLock") || m.getNameAsString().equals("writeLock"))) {
            return lockId(m.getScope().get());
        }
        String field = fieldRef(e);
        if (field == null && e instanceof FieldAccessExpr f && dottedName(f) != null) {
            field = f.getNameAsString();   // `_request._lock`, `stream.conn`: the object is named by its field
        }
        return field != null ? "field:" + field : "expr:" + e;
    }

    private List<String> heldLocks() {
        if (!current.synchronizedMethod && current.guardedBy == null) {
            return List.copyOf(current.locks);
        }
        List<String> held = new ArrayList<>(current.locks);
        if (current.synchronizedMethod) {
            held.add(current.isStatic ? "class:" + Locks.simpleName(current.owner) : "this:" + Locks.simpleName(current.owner));
        }
        if (current.guardedBy != null) {
            held.add(current.guardedBy);
        }
        return held;
    }

    /** Records an access when {@code raw} names a field: {@code f}, {@code this.f}, {@code Type.f}. */
    private boolean access(Expression raw, AccessFacts.Kind kind, String method) {
        Expression e = unwrap(raw);
        String name = null;
        String qualifier = null;
        if (e instanceof NameExpr n) {
            if (lookupLocal(n.getNameAsString()).isEmpty()) {
                name = n.getNameAsString();
            }
        } else if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
                name = f.getNameAsString();
            } else if (f.getScope() instanceof NameExpr q && !q.getNameAsString().isEmpty()
                    && Character.isUpperCase(q.getNameAsString().charAt(0)) && lookupLocal(q.getNameAsString()).isEmpty()) {
                name = f.getNameAsString();
                qualifier = q.getNameAsString();
            }
        }
        if (name == null) {
            return false;
        }
        current.accesses.add(new AccessFacts(name, qualifier, kind, method, null, Pos.of(e), inLoop(), heldLocks()));
        return true;
    }

    private boolean inLoop() {
        return current.loopDepth > 0 || !current.loopStack.isEmpty();
    }

    /** Records a call on a local an enclosing method declared (a lambda's captured local). */
    private void capturedCall(Receiver r, String method, Pos pos) {
        if (!(r instanceof Receiver.Local l) || l.name() == null) {
            return;
        }
        Optional<LocalVar> v = lookupLocal(l.name());
        if (v.isEmpty() || v.get().unit() == current.id) {
            return;
        }
        Expression init = v.get().init();
        String type = init instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isEmpty()
                ? typeName(oc.getType()) : v.get().type();
        current.accesses.add(new AccessFacts(l.name(), null, AccessFacts.Kind.CALL, method,
                type == null ? "" : type, pos, inLoop(), heldLocks()));
    }

    /** {@code x = x + 1}, {@code x = 2 * x}: the assigned field read on the right. */
    private static boolean selfReferencing(AssignExpr a) {
        String target = a.getTarget().toString();
        return unwrap(a.getValue()) instanceof BinaryExpr b
                && (unwrap(b.getLeft()).toString().equals(target) || unwrap(b.getRight()).toString().equals(target));
    }

    private void lockCall(MethodCallExpr n) {
        if (n.getScope().isEmpty()) {
            return;
        }
        String name = n.getNameAsString();
        if (LOCKING.contains(name) && n.getArguments().size() <= 2) {
            current.locks.push(lockId(n.getScope().get()));
        } else if ((name.equals("unlock") || name.equals("leave")) && n.getArguments().isEmpty()) {
            current.locks.removeFirstOccurrence(lockId(n.getScope().get()));
        }
    }

    /** The field an expression names ({@code f}, {@code this.f}), or null for locals and everything else. */
    private String fieldRef(Expression raw) {
        Expression e = unwrap(raw);
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
            return f.getNameAsString();
        }
        if (e instanceof NameExpr n && lookupLocal(n.getNameAsString()).isEmpty()) {
            return n.getNameAsString();
        }
        return null;
    }

    private void checkThenAct(IfStmt n) {
        if (!doubleCheckedInit(n)) {
            lazyInit(n);
        }
        mapCheckThenAct(n);
        atomicCheckThenSet(n);
    }

    /** {@code if (f == null) { synchronized (l) { if (f == null) { f = ...; } } }}, also through a local copy. */
    private boolean doubleCheckedInit(IfStmt n) {
        String checked = CheckPatterns.nullChecked(n.getCondition());
        if (checked == null) {
            return false;
        }
        Optional<LocalVar> local = lookupLocal(checked);
        String field = local.isEmpty() ? checked : local.get().init() == null ? null : fieldRef(local.get().init());
        if (field == null) {
            return false;
        }
        for (SynchronizedStmt sync : n.getThenStmt().findAll(SynchronizedStmt.class)) {
            for (IfStmt inner : sync.getBody().findAll(IfStmt.class)) {
                if (checked.equals(CheckPatterns.nullChecked(inner.getCondition()))
                        && CheckPatterns.assigns(inner.getThenStmt(), field)) {
                    current.checks.add(new CheckFacts(CheckFacts.Kind.DOUBLE_CHECKED_INIT, field,
                            Pos.of(n.getCondition()), "== null", "assignment", underLock()));
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code if (f == null) { f = ...; }} on a field, with no lock taken inside. */
    private void lazyInit(IfStmt n) {
        String checked = CheckPatterns.nullChecked(n.getCondition());
        if (checked == null || lookupLocal(checked).isPresent() || n.getElseStmt().isPresent()
                || !n.getThenStmt().findAll(SynchronizedStmt.class).isEmpty()
                || !CheckPatterns.assigns(n.getThenStmt(), checked)) {
            return;
        }
        current.checks.add(new CheckFacts(CheckFacts.Kind.LAZY_INIT, checked, Pos.of(n.getCondition()), "== null",
                "assignment", underLock()));
    }

    /** {@code if (!m.containsKey(k)) m.put(k, v)}, {@code V v = m.get(k); if (v == null) m.put(k, ...)}. */
    private void mapCheckThenAct(IfStmt n) {
        MethodCallExpr check = CheckPatterns.mapCheck(n.getCondition());
        if (check == null) {
            String name = CheckPatterns.nullChecked(n.getCondition()) != null ? CheckPatterns.nullChecked(n.getCondition())
                    : CheckPatterns.nonNullChecked(n.getCondition());
            Optional<LocalVar> local = name == null ? Optional.empty() : lookupLocal(name);
            if (local.isPresent() && local.get().init() instanceof MethodCallExpr get && CheckPatterns.isKeyed(get, "get")) {
                check = get;
            }
        }
        String map = check == null ? null : check.getScope().map(this::fieldRef).orElse(null);
        if (map == null) {
            return;
        }
        String key = check.getArgument(0).toString();
        MethodCallExpr act = CheckPatterns.keyedAct(n, map, key);
        if (act != null) {
            current.checks.add(new CheckFacts(CheckFacts.Kind.MAP_CHECK_THEN_ACT, map, Pos.of(check.getName()),
                    check.getNameAsString(), act.getNameAsString(), underLock(), keyParam(check.getArgument(0), 0)));
        }
    }

    /**
     * The parameter of the current method a key expression is computed from, through locals and
     * calls on it ({@code Channel channel = ctx.channel(); Integer key = channel.hashCode();}), or null.
     */
    private String keyParam(Expression raw, int depth) {
        Expression e = unwrap(raw);
        if (depth > 4) {
            return null;
        }
        if (e instanceof MethodCallExpr m) {
            return m.getScope().map(scope -> keyParam(scope, depth + 1)).orElse(null);
        }
        if (e instanceof NameExpr n) {
            Optional<LocalVar> v = lookupLocal(n.getNameAsString());
            if (v.isEmpty()) {
                return null;
            }
            if (v.get().init() != null) {
                return keyParam(v.get().init(), depth + 1);
            }
            return current.params.stream().anyMatch(p -> p.name().equals(n.getNameAsString()))
                    ? n.getNameAsString() : null;
        }
        return null;
    }

    /** {@code if (a.get() < max) { a.set(...); }}. */
    private void atomicCheckThenSet(IfStmt n) {
        for (MethodCallExpr get : n.getCondition().findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("get")
                && m.getArguments().isEmpty())) {
            String atomic = get.getScope().map(this::fieldRef).orElse(null);
            if (atomic != null && CheckPatterns.losesUpdate(n.getCondition(), n.getThenStmt(), atomic)) {
                current.checks.add(new CheckFacts(CheckFacts.Kind.ATOMIC_GET_THEN_SET, atomic, Pos.of(get.getName()),
                        "get", "set", underLock()));
                return;
            }
        }
    }

    /** {@code a.set(a.get() + 1)}. */
    private void atomicSetOfGet(MethodCallExpr set) {
        if (!set.getNameAsString().equals("set") || set.getArguments().size() != 1 || set.getScope().isEmpty()) {
            return;
        }
        String atomic = fieldRef(set.getScope().get());
        if (atomic == null) {
            return;
        }
        for (MethodCallExpr get : set.getArgument(0).findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("get")
                && m.getArguments().isEmpty() && m.getScope().map(this::fieldRef).filter(atomic::equals).isPresent())) {
            current.checks.add(new CheckFacts(CheckFacts.Kind.ATOMIC_GET_THEN_SET, atomic, Pos.of(get.getName()), "get",
                    "set", underLock()));
            return;
        }
    }

    /** A local variable or parameter in scope. */
    private record LocalVar(String type, int unit, int initCall, List<Integer> lambdaUnits, Expression init) { }

    private final class UnitBuilder {
        final int id;
        final UnitFacts.Kind kind;
        final String owner;
        final String name;
        final List<UnitFacts.Param> params;
        final String returnType;
        final List<String> annotations;
        final boolean isStatic;
        final boolean isAbstract;
        final boolean isPrivate;
        final int parent;
        final String enclosing;
        final Pos pos;
        final List<CallFacts> calls = new ArrayList<>();
        final Deque<Map<String, LocalVar>> scope = new ArrayDeque<>();
        final Deque<LoopInfo> loopStack = new ArrayDeque<>();
        final List<LoopFacts> loops = new ArrayList<>();
        final List<CheckFacts> checks = new ArrayList<>();
        final List<AccessFacts> accesses = new ArrayList<>();
        final Deque<String> locks = new ArrayDeque<>();
        final Map<Integer, List<String>> callLocks = new HashMap<>();
        final List<Integer> loopSpans = new ArrayList<>();
        boolean synchronizedMethod;
        boolean isPublic;
        int loopDepth;
        String guardedBy;

        void loopSpan(int firstCall) {
            if (calls.size() > firstCall) {
                loopSpans.add(firstCall);
                loopSpans.add(calls.size());
            }
        }

        UnitBuilder(int id, UnitFacts.Kind kind, String owner, String name, List<UnitFacts.Param> params,
                    String returnType, List<String> annotations, boolean isStatic, boolean isAbstract,
                    boolean isPrivate, int parent, String enclosing, Pos pos) {
            this.id = id;
            this.kind = kind;
            this.owner = owner;
            this.name = name;
            this.params = params;
            this.returnType = returnType;
            this.annotations = annotations;
            this.isStatic = isStatic;
            this.isAbstract = isAbstract;
            this.isPrivate = isPrivate;
            this.parent = parent;
            this.enclosing = enclosing;
            this.pos = pos;
            scope.push(new HashMap<>());
        }

        int reserve() {
            calls.add(null);
            return calls.size() - 1;
        }

        UnitFacts build() {
            return new UnitFacts(id, kind, owner, name, params, returnType, annotations, isStatic, isAbstract,
                    isPrivate, isPublic, parent, enclosing, pos, calls, loops, checks, accesses, callLocks, loopSpans);
        }
    }

    /** Lambdas and local classes see the locals of the units they are written in. */
    private Optional<LocalVar> lookupLocal(String name) {
        for (UnitBuilder u = current; u != null; u = u.parent >= 0 ? units.get(u.parent) : null) {
            for (Map<String, LocalVar> frame : u.scope) {
                LocalVar v = frame.get(name);
                if (v != null) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private void declare(String name, LocalVar var) {
        current.scope.peek().put(name, var);
    }

    private static Pos callPos(SimpleName name, Node whole) {
        Pos n = Pos.of(name);
        Pos w = Pos.of(whole);
        return w.endLine() == n.line() ? new Pos(n.line(), n.column(), w.endLine(), w.endColumn()) : n;
    }

    private final class BodyWalker extends VoidVisitorAdapter<Void> {

        @Override
        public void visit(BlockStmt n, Void arg) {
            current.scope.push(new HashMap<>());
            super.visit(n, arg);
            current.scope.pop();
        }

        @Override
        public void visit(ForStmt n, Void arg) {
            current.scope.push(new HashMap<>());
            long bound = Loops.constantBound(n);
            LoopInfo loop = enterLoop(n, bound < 0 ? Loops.over(n) : null, Loops.variable(n));
            super.visit(n, arg);
            exitLoop(loop, bound >= LoopFacts.HUGE
                    ? "a loop of " + String.format(java.util.Locale.ROOT, "%,d", bound) + " iterations" : null);
            current.scope.pop();
        }

        @Override
        public void visit(ForEachStmt n, Void arg) {
            current.scope.push(new HashMap<>());
            n.getIterable().accept(this, arg);
            for (VariableDeclarator v : n.getVariable().getVariables()) {
                declare(v.getNameAsString(), new LocalVar(typeName(v.getType()), current.id, -1, List.of(), null));
            }
            LoopInfo loop = enterLoop(n, Loops.over(n), n.getVariable().getVariables().get(0).getNameAsString());
            n.getBody().accept(this, arg);
            exitLoop(loop, null);
            current.scope.pop();
        }


        @Override
        public void visit(WhileStmt n, Void arg) {
            visitLoop(() -> super.visit(n, arg));
        }

        @Override
        public void visit(DoStmt n, Void arg) {
            visitLoop(() -> super.visit(n, arg));
        }

        /** Visits a while or do loop: its accesses are in a loop, its calls in a loop span. */
        private void visitLoop(Runnable visit) {
            int first = current.calls.size();
            current.loopDepth++;
            visit.run();
            current.loopDepth--;
            current.loopSpan(first);
        }

        @Override
        public void visit(NameExpr n, Void arg) {
            access(n, AccessFacts.Kind.READ, null);
        }

        @Override
        public void visit(FieldAccessExpr n, Void arg) {
            if (!access(n, AccessFacts.Kind.READ, null)) {
                super.visit(n, arg);
            }
        }

        @Override
        public void visit(UnaryExpr n, Void arg) {
            boolean step = switch (n.getOperator()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
                default -> false;
            };
            if (!step || !access(n.getExpression(), AccessFacts.Kind.UPDATE, null)) {
                super.visit(n, arg);
            }
        }

        @Override
        public void visit(SynchronizedStmt n, Void arg) {
            n.getExpression().accept(this, arg);
            current.locks.push(lockId(n.getExpression()));
            n.getBody().accept(this, arg);
            current.locks.pop();
        }

        @Override
        public void visit(IfStmt n, Void arg) {
            checkThenAct(n);
            super.visit(n, arg);
        }

        @Override
        public void visit(AssignExpr n, Void arg) {
            AccessFacts.Kind kind = n.getOperator() != AssignExpr.Operator.ASSIGN || selfReferencing(n)
                    ? AccessFacts.Kind.UPDATE : AccessFacts.Kind.WRITE;
            if (!access(n.getTarget(), kind, null)) {
                n.getTarget().accept(this, arg);
            }
            n.getValue().accept(this, arg);
            if (current.kind == UnitFacts.Kind.CONSTRUCTOR && n.getOperator() == AssignExpr.Operator.ASSIGN) {
                String field = n.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        ? f.getNameAsString() : n.getTarget() instanceof NameExpr ne
                        && lookupLocal(ne.getNameAsString()).isEmpty() ? ne.getNameAsString() : null;
                String init = field == null ? null : initDescriptor(n.getValue());
                if (init != null) {
                    fieldInitsOf(current.owner).putIfAbsent(field, init);
                }
            }
        }

        @Override
        public void visit(TryStmt n, Void arg) {
            // in source order (the generated visitor goes catch, finally, resources, try): a lock
            // taken before the try and released in finally holds for the try block
            current.scope.push(new HashMap<>());
            n.getResources().forEach(r -> r.accept(this, arg));
            n.getTryBlock().accept(this, arg);
            n.getCatchClauses().forEach(c -> c.accept(this, arg));
            n.getFinallyBlock().ifPresent(f -> f.accept(this, arg));
            current.scope.pop();
        }

        @Override
        public void visit(CatchClause n, Void arg) {
            current.scope.push(new HashMap<>());
            Parameter p = n.getParameter();
            declare(p.getNameAsString(), new LocalVar(typeName(p.getType()), current.id, -1, List.of(), null));
            n.getBody().accept(this, arg);
            current.scope.pop();
        }

        @Override
        public void visit(TypePatternExpr n, Void arg) {
            declare(n.getNameAsString(), new LocalVar(typeName(n.getType()), current.id, -1, List.of(), null));
        }

        @Override
        public void visit(VariableDeclarationExpr n, Void arg) {
            suppression(n, n);
            for (VariableDeclarator v : n.getVariables()) {
                String type = v.getType().isVarType() ? null : typeName(v.getType());
                int initCall = -1;
                List<Integer> lambdas = List.of();
                if (v.getInitializer().isPresent()) {
                    Expression init = unwrap(v.getInitializer().get());
                    if (init instanceof LambdaExpr || init instanceof MethodReferenceExpr) {
                        lambdas = functionUnits(init);
                    } else if (init instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent()) {
                        lambdas = creation(oc);   // Handler h = new Handler<>() {...}: its methods, like a lambda's body
                        if (type == null) {
                            type = typeName(oc.getType());
                        }
                    } else if (init instanceof MethodCallExpr || init instanceof ObjectCreationExpr) {
                        Receiver r = receiver(init);
                        if (r instanceof Receiver.CallResult cr) {
                            initCall = cr.callIndex();
                        } else if (r instanceof Receiver.Created created && type == null) {
                            type = created.type();
                        }
                    } else {
                        init.accept(this, arg);
                    }
                }
                declare(v.getNameAsString(), new LocalVar(type, current.id, initCall, lambdas,
                        v.getInitializer().map(FactExtractor::unwrap).orElse(null)));
            }
        }

        @Override
        public void visit(LocalClassDeclarationStmt n, Void arg) {
            type(n.getClassDeclaration(), current.owner, current.id, current.enclosing);
        }

        @Override
        public void visit(LocalRecordDeclarationStmt n, Void arg) {
            type(n.getRecordDeclaration(), current.owner, current.id, current.enclosing);
        }

        @Override
        public void visit(LambdaExpr n, Void arg) {
            lambda(n);
        }

        @Override
        public void visit(MethodReferenceExpr n, Void arg) {
            methodReference(n);
        }

        @Override
        public void visit(MethodCallExpr n, Void arg) {
            call(n);
        }

        @Override
        public void visit(ObjectCreationExpr n, Void arg) {
            creation(n);
        }
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        return x;
    }

    /** {@code (ChannelFutureListener) f -> ...}: the cast only names the lambda's type. */
    private static Expression unwrapFunction(Expression e) {
        if (e instanceof CastExpr c) {
            Expression inner = unwrap(c.getExpression());
            if (inner instanceof LambdaExpr || inner instanceof MethodReferenceExpr) {
                return inner;
            }
        }
        return e;
    }

    private int lambda(LambdaExpr n) {
        UnitBuilder unit = new UnitBuilder(units.size(), UnitFacts.Kind.LAMBDA, current.owner, "lambda",
                lambdaParams(n), null, List.of(), current.isStatic, false, false, current.id, current.enclosing,
                Pos.of(n));
        units.add(unit);
        for (UnitFacts.Param p : unit.params) {
            unit.scope.peek().put(p.name(), new LocalVar(p.type(), unit.id, -1, List.of(), null));
        }
        withUnit(unit, () -> n.getBody().accept(walker, null));
        return unit.id;
    }

    private static List<UnitFacts.Param> lambdaParams(LambdaExpr n) {
        List<UnitFacts.Param> params = new ArrayList<>();
        for (Parameter p : n.getParameters()) {
            String type = p.getType().isUnknownType() || p.getType().isVarType() ? null : typeName(p.getType());
            params.add(new UnitFacts.Param(p.getNameAsString(), type));
        }
        return params;
    }

    private int methodReference(MethodReferenceExpr n) {
        UnitBuilder unit = new UnitBuilder(units.size(), UnitFacts.Kind.METHOD_REF, current.owner, "ref", List.of(),
                null, List.of(), current.isStatic, false, false, current.id, current.enclosing, Pos.of(n));
        units.add(unit);
        withUnit(unit, () -> {
            Expression scope = n.getScope();
            // `ids::add` parses with a type as its scope: a simple name that is a local, or reads
            // like a field, is the variable
            if (scope instanceof TypeExpr t && t.getType() instanceof ClassOrInterfaceType c && c.getScope().isEmpty()
                    && c.getTypeArguments().isEmpty() && (lookupLocal(c.getNameAsString()).isPresent()
                    || Character.isLowerCase(c.getNameAsString().charAt(0)))) {
                scope = new NameExpr(c.getName().clone());
                scope.setRange(t.getRange().orElse(null));
            }
            Receiver r = scope instanceof TypeExpr t ? new Receiver.Qualified(typeName(t.getType())) : receiver(scope);
            String name = n.getIdentifier().equals("new") ? CallFacts.CONSTRUCTOR : n.getIdentifier();
            int idx = unit.reserve();
            unit.calls.set(idx, new CallFacts(name, -1, r, List.of(), Pos.of(n)));
            if (r instanceof Receiver.Named || r instanceof Receiver.FieldOfThis) {
                access(scope, AccessFacts.Kind.CALL, name);
            } else {
                capturedCall(r, name, Pos.of(n));
            }
        });
        return unit.id;
    }

    /** The units a function-valued expression creates (a lambda, a method reference). */
    private List<Integer> functionUnits(Expression e) {
        if (e instanceof LambdaExpr l) {
            return List.of(lambda(l));
        }
        if (e instanceof MethodReferenceExpr r) {
            return List.of(methodReference(r));
        }
        return List.of();
    }

    private void call(MethodCallExpr n) {
        atomicSetOfGet(n);
        int idx = current.reserve();
        UnitBuilder unit = current;
        Receiver r = n.getScope().map(this::receiver).orElse(Receiver.IMPLICIT);
        List<ArgFacts> args = args(n.getArguments(), tokenCalls.contains(n.getNameAsString()));
        Pos pos = callPos(n.getName(), n);
        unit.calls.set(idx, new CallFacts(n.getNameAsString(), n.getArguments().size(), r, args, pos));
        if (r instanceof Receiver.Named || r instanceof Receiver.FieldOfThis) {
            access(n.getScope().get(), AccessFacts.Kind.CALL, n.getNameAsString());
        } else {
            capturedCall(r, n.getNameAsString(), pos);
        }
        if (!current.locks.isEmpty() || current.synchronizedMethod || current.guardedBy != null) {
            unit.callLocks.put(idx, heldLocks());
        }
        lockCall(n);
    }

    /** Records a constructor call; returns the anonymous class's method units, if it has a body. */
    private List<Integer> creation(ObjectCreationExpr n) {
        int idx = current.reserve();
        UnitBuilder unit = current;
        n.getScope().ifPresent(s -> s.accept(walker, null));
        String type = typeName(n.getType());
        List<ArgFacts> args = args(n.getArguments(), tokenCalls.contains(CallFacts.CONSTRUCTOR));
        List<Integer> anonymousUnits = List.of();
        if (n.getAnonymousClassBody().isPresent()) {
            String anon = anonymousName(unit.owner);
            NodeList<BodyDeclaration<?>> body = n.getAnonymousClassBody().get();
            types.add(typeFacts(anon, "anonymous " + n.getType().getNameAsString(), List.of(type), List.of(), body,
                    fields(body), Map.of(), unit.owner, false, false, Pos.of(n.getType())));
            int first = units.size();
            members(body, anon, unit.id, unit.enclosing);
            List<Integer> ids = new ArrayList<>();
            for (int i = first; i < units.size(); i++) {
                if (units.get(i).owner.equals(anon) && units.get(i).kind == UnitFacts.Kind.METHOD) {
                    ids.add(i);
                }
            }
            anonymousUnits = ids;
        }
        Pos pos = Pos.of(n);
        Pos typePos = Pos.of(n.getType());
        Pos at = pos.line() == typePos.endLine() ? new Pos(pos.line(), pos.column(), typePos.endLine(),
                typePos.endColumn()) : typePos;
        unit.calls.set(idx, new CallFacts(CallFacts.CONSTRUCTOR, n.getArguments().size(), new Receiver.Created(type),
                args, at));
        return anonymousUnits;
    }

    private List<ArgFacts> args(NodeList<Expression> arguments, boolean detailed) {
        if (arguments.isEmpty()) {
            return List.of();
        }
        List<ArgFacts> args = new ArrayList<>(arguments.size());
        for (Expression raw : arguments) {
            Expression e = unwrapFunction(unwrap(raw));
            List<String> tokens = detailed ? tokens(e) : List.of();
            if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
                args.add(new ArgFacts(functionUnits(e), null, null, tokens, -1, null, null));
            } else if (e instanceof ObjectCreationExpr oc) {
                List<Integer> anon = creation(oc);
                args.add(new ArgFacts(anon, null, typeName(oc.getType()), tokens, -1, null, null));
            } else if (e instanceof ClassExpr c) {
                args.add(new ArgFacts(List.of(), null, typeName(c.getType()), tokens, -1, null, null));
            } else if (e instanceof NameExpr name) {
                Optional<LocalVar> local = lookupLocal(name.getNameAsString());
                if (local.isEmpty()) {
                    access(name, AccessFacts.Kind.READ, null);
                }
                List<Integer> lambdas = local.map(LocalVar::lambdaUnits).orElse(List.of());
                int call = local.filter(v -> v.unit() == current.id).map(LocalVar::initCall).orElse(-1);
                args.add(new ArgFacts(lambdas, name.getNameAsString(), null, tokens, call,
                        detailed ? receiver(e) : null, local.map(LocalVar::type).orElse(null)));
            } else if (e instanceof MethodCallExpr m) {
                int call = current.calls.size();
                call(m);
                args.add(new ArgFacts(List.of(), null, null, tokens, call,
                        detailed ? new Receiver.CallResult(call) : null, null));
            } else if (detailed) {
                args.add(new ArgFacts(List.of(), null, null, tokens, -1, receiver(e), null));
            } else {
                e.accept(walker, null);
                args.add(ArgFacts.PLAIN);
            }
        }
        return args;
    }

    private static List<String> tokens(Expression e) {
        Set<String> tokens = new LinkedHashSet<>();
        e.walk(node -> {
            if (tokens.size() >= MAX_TOKENS) {
                return;
            }
            if (node instanceof MethodCallExpr m) {
                tokens.add(m.getNameAsString());
            } else if (node instanceof FieldAccessExpr f) {
                tokens.add(f.getNameAsString());
            } else if (node instanceof NameExpr n) {
                tokens.add(n.getNameAsString());
            }
        });
        return new ArrayList<>(tokens);
    }

    /** Visits a receiver expression and says what it is. */
    private Receiver receiver(Expression raw) {
        Expression e = unwrap(raw);
        if (e instanceof MethodCallExpr m) {
            int before = current.calls.size();
            call(m);
            return new Receiver.CallResult(before);
        }
        if (e instanceof ObjectCreationExpr oc) {
            creation(oc);
            return new Receiver.Created(typeName(oc.getType()));
        }
        if (e instanceof ThisExpr t) {
            return t.getTypeName().<Receiver>map(n -> new Receiver.Qualified(n.asString())).orElse(Receiver.THIS);
        }
        if (e instanceof SuperExpr s) {
            return s.getTypeName().<Receiver>map(n -> new Receiver.Qualified(n.asString())).orElse(Receiver.SUPER);
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return lookupLocal(name).<Receiver>map(v -> new Receiver.Local(name, v.type(),
                    v.unit() == current.id ? v.initCall() : -1)).orElse(new Receiver.Named(name));
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
                return new Receiver.FieldOfThis(f.getNameAsString());
            }
            String dotted = dottedName(f);
            if (dotted != null && lookupLocal(dotted.substring(0, dotted.indexOf('.'))).isEmpty()) {
                return new Receiver.Qualified(dotted);
            }
            f.getScope().accept(walker, null);
            return Receiver.UNKNOWN;
        }
        if (e instanceof CastExpr c) {
            c.getExpression().accept(walker, null);
            return new Receiver.Local(null, typeName(c.getType()), -1);
        }
        if (e instanceof TypeExpr t) {
            return new Receiver.Qualified(typeName(t.getType()));
        }
        e.accept(walker, null);
        return Receiver.UNKNOWN;
    }

    /** {@code a.b.C} when the expression is only names, else null. */
    private static String dottedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = dottedName(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }
}
