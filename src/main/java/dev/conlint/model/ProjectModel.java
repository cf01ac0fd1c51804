package dev.conlint.model;

import dev.conlint.facts.CallFacts;
import dev.conlint.facts.FileFacts;
import dev.conlint.facts.ImportContext;
import dev.conlint.facts.Receiver;
import dev.conlint.facts.TypeFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.knowledge.Knowledge;
import dev.conlint.knowledge.KnowledgeType;
import dev.conlint.knowledge.MethodEntry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole project as stage 2 sees it: every file's facts, a type index over project and
 * knowledge types, and name and call resolution. Units are numbered globally in file order.
 * Built once, then only read (memo tables are filled on a single thread).
 */
public final class ProjectModel {

    /** Dispatch through an interface or base class to at most this many project overrides. */
    static final int MAX_DISPATCH = 4;
    private static final String OBJECT = "java.lang.Object";

    private final List<FileFacts> files;
    private final Knowledge knowledge;
    private final Classpath classpath;
    private final int[] unitFile;
    private final int[] unitOffset;
    private final UnitFacts[] units;
    private final Map<String, TypeFacts> types = new HashMap<>();
    private final Map<String, Integer> typeFile = new HashMap<>();
    private final Map<String, List<Integer>> callablesByOwner = new HashMap<>();
    private final Map<String, List<String>> directSubtypes = new HashMap<>();
    private final Map<String, List<String>> ancestorMemo = new HashMap<>();
    private final Map<String, List<String>> resolvedSupers = new HashMap<>();
    private final List<Map<String, String>> resolveMemo = new ArrayList<>();
    private final CallTarget[][] targets;
    private final String[][] resultTypes;

    public ProjectModel(List<FileFacts> files, Knowledge knowledge) {
        this(files, knowledge, Classpath.EMPTY);
    }

    /** With a compile class path: library types the source and the knowledge do not describe come from it. */
    public ProjectModel(List<FileFacts> files, Knowledge knowledge, Classpath classpath) {
        this.files = List.copyOf(files);
        this.knowledge = knowledge;
        this.classpath = classpath;
        this.unitOffset = new int[files.size()];
        int total = 0;
        for (int f = 0; f < files.size(); f++) {
            unitOffset[f] = total;
            total += files.get(f).units().size();
            resolveMemo.add(new HashMap<>());
        }
        this.units = new UnitFacts[total];
        this.unitFile = new int[total];
        this.targets = new CallTarget[total][];
        this.resultTypes = new String[total][];
        for (int f = 0; f < files.size(); f++) {
            FileFacts file = files.get(f);
            for (TypeFacts t : file.types()) {
                if (types.putIfAbsent(t.fqn(), t) == null) {
                    typeFile.put(t.fqn(), f);
                }
            }
            for (UnitFacts u : file.units()) {
                int id = unitOffset[f] + u.id();
                units[id] = u;
                unitFile[id] = f;
                if (u.isCallable()) {
                    callablesByOwner.computeIfAbsent(u.owner(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        List<String> sortedTypes = new ArrayList<>(types.keySet());
        Collections.sort(sortedTypes);
        for (String fqn : sortedTypes) {
            for (String s : supertypes(fqn)) {
                directSubtypes.computeIfAbsent(s, k -> new ArrayList<>()).add(fqn);
            }
        }
    }

    // ---------------------------------------------------------------- units and files

    public Knowledge knowledge() {
        return knowledge;
    }

    public int unitCount() {
        return units.length;
    }

    public UnitFacts unit(int id) {
        return units[id];
    }

    public FileFacts fileOf(int unit) {
        return files.get(unitFile[unit]);
    }

    public List<FileFacts> files() {
        return files;
    }

    /** Global id of the unit a lambda or reference is written in, or -1. */
    public int parentOf(int unit) {
        int p = units[unit].parent();
        return p < 0 ? -1 : unitOffset[unitFile[unit]] + p;
    }

    /** Global ids of the units an argument creates. */
    public List<Integer> argUnits(int unit, CallFacts call, int arg) {
        return argUnitsOf(unit, call.arg(arg));
    }

    /** Global ids of the units an argument of a call in {@code unit} creates. */
    public List<Integer> argUnitsOf(int unit, dev.conlint.facts.ArgFacts arg) {
        List<Integer> local = arg.units();
        if (local.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>(local.size());
        int offset = unitOffset[unitFile[unit]];
        for (int id : local) {
            ids.add(offset + id);
        }
        return ids;
    }

    public TypeFacts projectType(String fqn) {
        return types.get(fqn);
    }

    /** Project types in a stable order. */
    public List<String> projectTypeNames() {
        List<String> names = new ArrayList<>(types.keySet());
        Collections.sort(names);
        return names;
    }

    /** Global ids of the methods and constructors declared in a project type. */
    public List<Integer> callables(String owner) {
        return callablesByOwner.getOrDefault(owner, List.of());
    }

    // ---------------------------------------------------------------- names

    /** The fully qualified name a type written in a unit's file refers to, or null when unknown. */
    public String resolveType(int unit, String written) {
        return resolveIn(unitFile[unit], units[unit].owner(), written);
    }

    String resolveIn(int file, String owner, String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String name = written.endsWith("...") ? written.substring(0, written.length() - 3) + "[]" : written;
        if (name.endsWith("[]") || Character.isLowerCase(name.charAt(0)) && !name.contains(".")) {
            return null;
        }
        String key = owner + "|" + name;
        Map<String, String> memo = resolveMemo.get(file);
        if (memo.containsKey(key)) {
            return memo.get(key);
        }
        String fqn = resolveUncached(files.get(file).imports(), owner, name);
        memo.put(key, fqn);
        return fqn;
    }

    private String resolveUncached(ImportContext imports, String owner, String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            String first = resolveSimple(imports, owner, name.substring(0, dot));
            String rest = name.substring(dot);
            if (first != null) {
                return first + rest;
            }
            return Character.isLowerCase(name.charAt(0)) ? name : null;
        }
        return resolveSimple(imports, owner, name);
    }

    private String resolveSimple(ImportContext imports, String owner, String name) {
        for (String t = owner; t != null; t = outerOf(t)) {
            if (t.equals(name) || t.endsWith("." + name) && types.containsKey(t)) {
                return t;
            }
            String nested = t + "." + name;
            if (types.containsKey(nested)) {
                return nested;
            }
        }
        String single = imports.singleTypes().get(name);
        if (single != null) {
            return single;
        }
        String samePackage = imports.packageName().isEmpty() ? name : imports.packageName() + "." + name;
        if (types.containsKey(samePackage) || classpath.has(samePackage)) {
            return samePackage;
        }
        for (String pkg : imports.onDemand()) {
            String candidate = pkg + "." + name;
            if (types.containsKey(candidate) || knowledge.hasType(candidate) || classpath.has(candidate)) {
                return candidate;
            }
        }
        String lang = "java.lang." + name;
        return knowledge.hasType(lang) ? lang : null;
    }

    private String outerOf(String fqn) {
        TypeFacts t = types.get(fqn);
        return t == null ? null : t.outer();
    }

    /** Direct supertypes: declared in the project (resolved) and known to the knowledge. */
    public List<String> supertypes(String fqn) {
        List<String> memo = resolvedSupers.get(fqn);
        if (memo != null) {
            return memo;
        }
        Set<String> out = new LinkedHashSet<>();
        TypeFacts t = types.get(fqn);
        if (t != null) {
            int file = typeFile.get(fqn);
            for (String s : t.supertypes()) {
                String r = resolveIn(file, t.outer() != null ? t.outer() : fqn, s);
                if (r != null && !r.equals(fqn)) {
                    out.add(r);
                }
            }
        }
        KnowledgeType k = knowledge.type(fqn);
        if (k != null) {
            out.addAll(k.supertypes());
        }
        if (t == null && k == null) {
            out.addAll(classpath.supertypes(fqn));   // a library class: its class file says
        }
        List<String> list = List.copyOf(out);
        resolvedSupers.put(fqn, list);
        return list;
    }

    /** The type and all its supertypes, nearest first, ending with java.lang.Object. */
    public List<String> ancestors(String fqn) {
        List<String> memo = ancestorMemo.get(fqn);
        if (memo != null) {
            return memo;
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(fqn);
        while (!queue.isEmpty()) {
            String t = queue.poll();
            if (seen.add(t)) {
                queue.addAll(supertypes(t));
            }
        }
        seen.add(OBJECT);
        List<String> list = List.copyOf(seen);
        ancestorMemo.put(fqn, list);
        return list;
    }

    public boolean isSubtype(String fqn, String of) {
        return fqn != null && ancestors(fqn).contains(of);
    }

    /** All project subtypes, transitively, in a stable order. */
    List<String> subtypes(String fqn) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(directSubtypes.getOrDefault(fqn, List.of()));
        while (!queue.isEmpty()) {
            String t = queue.poll();
            if (out.add(t)) {
                queue.addAll(directSubtypes.getOrDefault(t, List.of()));
            }
        }
        return new ArrayList<>(out);
    }

    /** The type of a field visible from {@code owner}: its own, inherited, or an outer class's. */
    String fieldType(String owner, String name) {
        for (String t = owner; t != null; t = outerOf(t)) {
            for (String a : ancestors(t)) {
                TypeFacts pt = types.get(a);
                if (pt != null && pt.fields().containsKey(name)) {
                    return resolveIn(typeFile.get(a), a, pt.fields().get(name));
                }
                KnowledgeType kt = knowledge.type(a);
                if (kt != null && kt.fields().containsKey(name)) {
                    return kt.fields().get(name);
                }
                if (kt != null && kt.fields().containsKey("*") && Character.isUpperCase(name.charAt(0))) {
                    return kt.fields().get("*");
                }
                String library = pt == null && kt == null ? classpath.fieldType(a, name) : null;
                if (library != null) {
                    return library;   // inherited from a library class
                }
            }
        }
        return null;
    }

    /** The project type declaring a field visible from {@code owner}, or null. */
    public String fieldOwner(String owner, String name) {
        for (String t = owner; t != null; t = outerOf(t)) {
            for (String a : ancestors(t)) {
                TypeFacts pt = types.get(a);
                if (pt != null && pt.fields().containsKey(name)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The {@code compound} kind of a type or its supertypes ("map", "atomic"), or null. */
    public String compound(String type) {
        KnowledgeType kt = knowledgeOn(type, k -> k.compound() != null);
        return kt == null ? null : kt.compound();
    }

    /** The nearest knowledge entry on the type or one of its supertypes that passes {@code test}, or null. */
    public KnowledgeType knowledgeOn(String type, java.util.function.Predicate<KnowledgeType> test) {
        if (type == null) {
            return null;
        }
        for (String a : ancestors(type)) {
            KnowledgeType kt = knowledge.type(a);
            if (kt != null && test.test(kt)) {
                return kt;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- calls

    /** What a call site refers to; never null (see {@link CallTarget#NONE}). */
    public CallTarget target(int unit, int call) {
        CallTarget[] row = targets[unit];
        if (row == null) {
            row = new CallTarget[units[unit].calls().size()];
            targets[unit] = row;
        }
        if (row[call] == null) {
            row[call] = CallTarget.NONE; // guards against cycles through receivers
            row[call] = resolveCall(unit, units[unit].calls().get(call));
        }
        return row[call];
    }

    private CallTarget resolveCall(int unit, CallFacts call) {
        Receiver r = call.receiver();
        if (call.name().equals(CallFacts.CONSTRUCTOR)) {
            String type = receiverType(unit, r);
            return type == null ? CallTarget.NONE : constructor(type, call);
        }
        if (r instanceof Receiver.Implicit) {
            return implicit(unit, call);
        }
        if (r instanceof Receiver.This) {
            return lookup(units[unit].owner(), call.name(), call.argCount(), declaredMethod(unit));
        }
        String type = receiverType(unit, r);
        return type == null ? CallTarget.NONE : lookup(type, call.name(), call.argCount());
    }

    /** The method or constructor a unit is, or is written in; -1 for initializers. */
    private int declaredMethod(int unit) {
        int m = unit;
        while (m >= 0 && !units[m].isCallable()) {
            m = parentOf(m);
        }
        return m;
    }

    private CallTarget constructor(String type, CallFacts call) {
        KnowledgeType kt = knowledge.type(type);
        MethodEntry entry = kt == null ? null : kt.method(CallFacts.CONSTRUCTOR, call.argCount());
        if (entry != null) {
            return CallTarget.api(type, type, entry);
        }
        List<Integer> ctors = matching(type, CallFacts.CONSTRUCTOR, call.argCount());
        return ctors.isEmpty() ? CallTarget.created(type) : CallTarget.project(type, ctors, ctors.size() > 1);
    }

    private CallTarget implicit(int unit, CallFacts call) {
        for (String t = units[unit].owner(); t != null; t = outerOf(t)) {
            CallTarget found = t.equals(units[unit].owner())
                    ? lookup(t, call.name(), call.argCount(), declaredMethod(unit))
                    : lookup(t, call.name(), call.argCount());
            if (!found.isNone()) {
                return found;
            }
        }
        ImportContext imports = fileOf(unit).imports();
        String member = imports.staticMembers().get(call.name());
        if (member != null) {
            return lookup(member, call.name(), call.argCount());
        }
        for (String type : imports.staticOnDemand()) {
            CallTarget found = lookup(type, call.name(), call.argCount());
            if (!found.isNone()) {
                return found;
            }
        }
        return CallTarget.NONE;
    }

    /**
     * Finds what {@code name} means on {@code type}. The knowledge is the curated contract of an
     * API, so when any ancestor has an entry for the method, that entry wins over the bodies of
     * project overrides: {@code SingleThreadEventExecutor.execute} queues a task whatever its
     * rejection path does, and {@code DefaultPromise.get} waits whatever its body looks like.
     * Otherwise the nearest project declaration, with the overrides dispatch may reach.
     */
    public CallTarget lookup(String type, String name, int argCount) {
        return lookup(type, name, argCount, -1);
    }

    /**
     * As {@link #lookup(String, String, int)}, for a call on {@code this} made in method
     * {@code caller}: an override in a subtype that also overrides the caller itself can never be
     * reached from this body (a template method and its hooks), so dispatch leaves it out.
     */
    private CallTarget lookup(String type, String name, int argCount, int caller) {
        List<String> ancestors = ancestors(type);
        for (String a : ancestors) {
            KnowledgeType kt = knowledge.type(a);
            MethodEntry entry = kt == null ? null : kt.method(name, argCount);
            if (entry != null) {
                return CallTarget.api(type, a, entry);
            }
        }
        for (String a : ancestors) {
            List<Integer> declared = matching(a, name, argCount);
            if (!declared.isEmpty()) {
                return CallTarget.project(type, dispatch(type, declared, name, argCount, caller), declared.size() > 1);
            }
        }
        for (String a : ancestors) {
            KnowledgeType kt = knowledge.type(a);
            if (kt != null && kt.fluent()) {
                return CallTarget.api(type, a, MethodEntry.FLUENT);   // unlisted: no effect, returns the receiver
            }
        }
        for (String a : ancestors) {
            String returns = types.containsKey(a) ? null : classpath.returnType(a, name, argCount);
            if (returns != null) {
                return CallTarget.api(type, a, MethodEntry.returning(name, returns));   // known only for its type
            }
        }
        return CallTarget.NONE;
    }

    /** Declared methods plus overrides in project subtypes of the receiver, when there are few. */
    private List<Integer> dispatch(String receiverType, List<Integer> declared, String name, int argCount,
                                   int caller) {
        List<Integer> concrete = new ArrayList<>();
        for (int id : declared) {
            if (!units[id].isAbstract()) {
                concrete.add(id);
            }
        }
        if (units[declared.get(0)].isStatic() || units[declared.get(0)].isPrivate()) {
            return concrete.isEmpty() ? declared : concrete;
        }
        List<Integer> overrides = new ArrayList<>();
        for (String sub : subtypes(receiverType)) {
            if (caller >= 0 && overridesCaller(sub, receiverType, caller)) {
                continue;
            }
            for (int id : matching(sub, name, argCount)) {
                if (!units[id].isAbstract()) {
                    overrides.add(id);
                }
            }
        }
        if (overrides.size() <= MAX_DISPATCH) {
            concrete.addAll(overrides);
        }
        // nothing concrete in reach (an interface the project only calls): the declaration still
        // tells the return type, and having no body it has no effects
        return concrete.isEmpty() ? declared : concrete;
    }

    /** Whether {@code sub}, or a type between it and {@code base}, redeclares the caller method. */
    private boolean overridesCaller(String sub, String base, int caller) {
        UnitFacts c = units[caller];
        if (!c.owner().equals(base)) {
            return false;
        }
        for (String a : ancestors(sub)) {
            if (!a.equals(base) && isSubtype(a, base) && !matching(a, c.name(), c.params().size()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> matching(String owner, String name, int argCount) {
        List<Integer> out = new ArrayList<>(1);
        for (int id : callablesByOwner.getOrDefault(owner, List.of())) {
            UnitFacts u = units[id];
            if (u.name().equals(name) && arityFits(u, argCount)) {
                out.add(id);
            }
        }
        return out;
    }

    private static boolean arityFits(UnitFacts u, int argCount) {
        if (argCount < 0) {
            return true;
        }
        int n = u.params().size();
        boolean varargs = n > 0 && u.params().get(n - 1).type() != null && u.params().get(n - 1).type().endsWith("...");
        return varargs ? argCount >= n - 1 : argCount == n;
    }

    /** The static type of a receiver, or null when it cannot be known without guessing. */
    public String receiverType(int unit, Receiver r) {
        UnitFacts u = units[unit];
        if (r instanceof Receiver.This) {
            return u.owner();
        }
        if (r instanceof Receiver.Super) {
            List<String> supers = supertypes(u.owner());
            return supers.isEmpty() ? OBJECT : supers.get(0);
        }
        if (r instanceof Receiver.Named n) {
            String field = fieldType(u.owner(), n.name());
            return field != null ? field : resolveType(unit, n.name());
        }
        if (r instanceof Receiver.FieldOfThis f) {
            return fieldType(u.owner(), f.name());
        }
        if (r instanceof Receiver.Qualified q) {
            String type = resolveType(unit, q.dotted());
            if (type != null && (types.containsKey(type) || knowledge.type(type) != null)) {
                return type;
            }
            int dot = q.dotted().lastIndexOf('.');
            if (dot < 0) {
                return type;
            }
            String prefix = resolveType(unit, q.dotted().substring(0, dot));
            return prefix == null ? type : fieldType(prefix, q.dotted().substring(dot + 1));
        }
        if (r instanceof Receiver.Local l) {
            if (l.declaredType() != null) {
                return resolveType(unit, l.declaredType());
            }
            return l.initCall() >= 0 ? resultType(unit, l.initCall()) : null;
        }
        if (r instanceof Receiver.Created c) {
            return resolveType(unit, c.type());
        }
        if (r instanceof Receiver.CallResult c) {
            return resultType(unit, c.callIndex());
        }
        return null;
    }

    /**
     * The identity ("com.acme.Worker#pool") of the field a receiver names when that field holds a
     * bounded thread pool (initialised with a factory or constructor the knowledge marks
     * {@code executor: bounded}, in its declaration or a constructor), or null.
     */
    public String boundedExecutorField(int unit, Receiver r) {
        String name = r instanceof Receiver.Named n ? n.name() : r instanceof Receiver.FieldOfThis f ? f.name() : null;
        if (name == null) {
            return null;
        }
        for (String t = units[unit].owner(); t != null; t = outerOf(t)) {
            for (String a : ancestors(t)) {
                TypeFacts pt = types.get(a);
                if (pt == null || !pt.fields().containsKey(name)) {
                    continue;
                }
                String init = pt.fieldInits().get(name);
                return init != null && "bounded".equals(executorKind(typeFile.get(a), a, init)) ? a + "#" + name : null;
            }
        }
        return null;
    }

    private String executorKind(int file, String owner, String init) {
        boolean creation = init.startsWith("new ");
        String text = creation ? init.substring(4) : init;
        int dot = text.lastIndexOf('.');
        String typeName = creation ? text : dot < 0 ? null : text.substring(0, dot);
        String method = creation ? CallFacts.CONSTRUCTOR : text.substring(dot + 1);
        String type = typeName == null ? null : resolveIn(file, owner, typeName);
        KnowledgeType kt = type == null ? null : knowledge.type(type);
        MethodEntry entry = kt == null ? null : kt.method(method, -1);
        return entry == null ? null : entry.executor();
    }

    /** Whether a receiver names a type (a static call) rather than a value. */
    public boolean isTypeReference(int unit, Receiver r) {
        if (r instanceof Receiver.Named n) {
            return fieldType(units[unit].owner(), n.name()) == null && resolveType(unit, n.name()) != null;
        }
        String type = r instanceof Receiver.Qualified q ? resolveType(unit, q.dotted()) : null;
        return type != null && (types.containsKey(type) || knowledge.type(type) != null);
    }

    /** The static type a call returns, as far as the knowledge or the project declares it. */
    public String resultType(int unit, int call) {
        String[] row = resultTypes[unit];
        if (row == null) {
            row = new String[units[unit].calls().size()];
            resultTypes[unit] = row;
        }
        if (row[call] == null) {
            row[call] = "";
            String type = computeResultType(unit, call);
            row[call] = type == null ? "" : type;
        }
        return row[call].isEmpty() ? null : row[call];
    }

    private String computeResultType(int unit, int call) {
        CallTarget t = target(unit, call);
        if (t.kind() == CallTarget.Kind.CREATED) {
            return t.receiverType();
        }
        if (t.kind() == CallTarget.Kind.API) {
            if (units[unit].calls().get(call).name().equals(CallFacts.CONSTRUCTOR)) {
                return t.receiverType();
            }
            String returns = t.entry().returns();
            if ("self".equals(returns)) {
                return t.receiverType();
            }
            if (returns != null) {
                return returns;
            }
            // a fluent type's operators return the pipeline; a blocking call such as block() returns a value
            KnowledgeType kt = knowledge.type(t.declaringType());
            return kt != null && kt.fluent() && t.entry().blocking() == null ? t.receiverType() : null;
        }
        if (t.kind() == CallTarget.Kind.PROJECT) {
            int first = t.units().get(0);
            UnitFacts m = units[first];
            return m.kind() == UnitFacts.Kind.CONSTRUCTOR ? m.owner() : resolveType(first, m.returnType());
        }
        return null;
    }

    /** The call whose result a receiver is (directly or through a local), or -1. */
    public static int upstreamCall(Receiver r) {
        if (r instanceof Receiver.CallResult c) {
            return c.callIndex();
        }
        if (r instanceof Receiver.Local l && l.initCall() >= 0) {
            return l.initCall();
        }
        return -1;
    }

    /** For each call of a unit, the calls made on its result: the rest of a pipeline. */
    public Map<Integer, List<Integer>> downstreamCalls(int unit) {
        Map<Integer, List<Integer>> down = new TreeMap<>();
        List<CallFacts> calls = units[unit].calls();
        for (int i = 0; i < calls.size(); i++) {
            int up = upstreamCall(calls.get(i).receiver());
            if (up >= 0) {
                down.computeIfAbsent(up, k -> new ArrayList<>()).add(i);
            }
        }
        return down;
    }

    // ---------------------------------------------------------------- names for people

    /** "OrderVerticle", "Outer.Inner", "anonymous ActionListener in OrderView". */
    public String typeDisplay(String fqn) {
        TypeFacts t = types.get(fqn);
        if (t == null) {
            return fqn.substring(fqn.lastIndexOf('.') + 1);
        }
        if (t.displayName().startsWith("anonymous ") && t.outer() != null) {
            return t.displayName() + " in " + typeDisplay(t.outer());
        }
        String pkg = files.get(typeFile.get(fqn)).imports().packageName();
        return pkg.isEmpty() ? fqn : fqn.substring(pkg.length() + 1);
    }

    /** "OrderService.load", "new OrderDao", "lambda in OrderVerticle.start". */
    public String unitDisplay(int id) {
        UnitFacts u = units[id];
        String owner = typeDisplay(u.owner());
        return switch (u.kind()) {
            case METHOD -> owner + "." + u.name();
            case CONSTRUCTOR -> "new " + owner;
            case INITIALIZER -> owner + (u.isStatic() ? " static initializer" : " initializer");
            case LAMBDA -> "lambda in " + enclosingDisplay(id);
            case METHOD_REF -> "method reference in " + enclosingDisplay(id);
        };
    }

    /** The declared method a unit is written in: "OrderVerticle.start". */
    public String enclosingDisplay(int id) {
        int m = id;
        while (units[m].kind() == UnitFacts.Kind.LAMBDA || units[m].kind() == UnitFacts.Kind.METHOD_REF) {
            int p = parentOf(m);
            if (p < 0) {
                break;
            }
            m = p;
        }
        UnitFacts u = units[m];
        if (u.kind() == UnitFacts.Kind.LAMBDA || u.kind() == UnitFacts.Kind.METHOD_REF) {
            return typeDisplay(u.owner()) + "." + u.enclosing();
        }
        return unitDisplay(m);
    }
}
