package dev.conlint.model;

import dev.conlint.facts.AccessFacts;
import dev.conlint.facts.Pos;
import dev.conlint.facts.TypeFacts;
import dev.conlint.facts.UnitFacts;
import dev.conlint.knowledge.KnowledgeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field (and every local a lambda captures) with its accesses, each placed on the sides of
 * the {@link Concurrency} model it runs on and with the locks it holds: what the shared-state
 * rules decide on. Accesses in constructors and initialisers are dropped here (the object is not
 * shared yet).
 */
public final class SharedState {

    /**
     * One access with where it runs.
     *
     * @param unit  global unit id
     * @param facts the access as written
     * @param sides root indices and/or {@link Concurrency#OWNER}
     * @param locks locks held there, including those every caller holds
     */
    public record Access(int unit, AccessFacts facts, Set<Integer> sides, List<String> locks) {

        public boolean holds(String lock) {
            return locks.contains(lock) || locks.contains(Concurrency.VIA + lock);
        }

        public boolean sharesLockWith(Access other) {
            for (String l : locks) {
                if (other.holds(l.startsWith(Concurrency.VIA) ? l.substring(Concurrency.VIA.length()) : l)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A field of a project type, or a local captured by lambdas ({@code owner} is then the unit
     * that declares it, as "#id").
     *
     * @param unsafe     the knowledge entry saying the object it holds is not thread-safe, or null
     * @param unsafeType the type display of that object ("HashMap")
     * @param guardedBy  the lock its {@code @GuardedBy} names, as a lock id, or null
     */
    public record Field(String owner, String name, boolean captured, boolean isFinal, boolean isVolatile,
                        boolean isStatic, String guardedBy, KnowledgeType unsafe, String unsafeType, String fieldType,
                        Pos declaration, int declarationUnit, List<Access> accesses) {

        /** "OrderCache.count", or the local's name. */
        public String display(ProjectModel model) {
            return captured ? name : model.typeDisplay(owner) + "." + name;
        }

        public boolean unsafeCall(String method) {
            return unsafe != null && unsafe.unsafeCall(method);
        }
    }

    private final ProjectModel model;
    private final Concurrency concurrency;
    private final List<Field> fields = new ArrayList<>();

    private SharedState(ProjectModel model, Concurrency concurrency) {
        this.model = model;
        this.concurrency = concurrency;
    }

    public static SharedState compute(ProjectModel model, Concurrency concurrency) {
        SharedState s = new SharedState(model, concurrency);
        s.collect();
        return s;
    }

    public Concurrency concurrency() {
        return concurrency;
    }

    public List<Field> fields() {
        return fields;
    }

    private record Key(String owner, String name) { }

    private void collect() {
        Map<Key, List<Access>> byField = new LinkedHashMap<>();
        Map<Key, Integer> contextUnit = new HashMap<>();
        for (int u = 0; u < model.unitCount(); u++) {
            UnitFacts unit = model.unit(u);
            if (unit.accesses().isEmpty()) {
                continue;
            }
            boolean before = concurrency.beforePublication(u);
            for (AccessFacts a : unit.accesses()) {
                Key key = key(u, a);
                if (key == null) {
                    continue;
                }
                contextUnit.putIfAbsent(key, u);
                List<Access> list = byField.computeIfAbsent(key, k -> new ArrayList<>());
                if (!before) {
                    list.add(new Access(u, a, concurrency.sides(u), locks(u, a)));
                }
            }
        }
        for (Map.Entry<Key, List<Access>> e : byField.entrySet()) {
            if (!e.getValue().isEmpty()) {
                fields.add(field(e.getKey(), contextUnit.get(e.getKey()), e.getValue()));
            }
        }
    }

    private List<String> locks(int unit, AccessFacts a) {
        List<String> entry = concurrency.entryLocks(unit);
        if (entry.isEmpty()) {
            return a.locks();
        }
        Set<String> all = new LinkedHashSet<>(a.locks());
        all.addAll(entry);
        return List.copyOf(all);
    }

    private Key key(int unit, AccessFacts a) {
        if (a.captured() != null) {
            int declaring = unit;   // the method that declares the local: up through lambdas and references
            while (declaring >= 0 && (model.unit(declaring).kind() == UnitFacts.Kind.LAMBDA
                    || model.unit(declaring).kind() == UnitFacts.Kind.METHOD_REF)) {
                declaring = model.parentOf(declaring);
            }
            return declaring < 0 ? null : new Key("#" + declaring, a.name());
        }
        String owner;
        if (a.qualifier() != null) {
            owner = model.resolveType(unit, a.qualifier());
            TypeFacts t = owner == null ? null : model.projectType(owner);
            if (t == null || !t.fields().containsKey(a.name())) {
                return null;
            }
        } else {
            owner = model.fieldOwner(model.unit(unit).owner(), a.name());
        }
        return owner == null ? null : new Key(owner, a.name());
    }

    private Field field(Key key, int contextUnit, List<Access> accesses) {
        if (key.owner().startsWith("#")) {
            int declaring = Integer.parseInt(key.owner().substring(1));
            String type = accesses.get(0).facts().captured();
            String resolved = type.isEmpty() ? null : model.resolveType(contextUnit, type);
            KnowledgeType unsafe = unsafe(resolved);
            return new Field(key.owner(), key.name(), true, false, false, false, null, unsafe,
                    unsafe == null ? null : model.typeDisplay(resolved), resolved, null, declaring,
                    List.copyOf(accesses));
        }
        TypeFacts t = model.projectType(key.owner());
        List<Integer> callables = model.callables(key.owner());
        int ctx = callables.isEmpty() ? contextUnit : callables.get(0);
        String init = t.fieldInits().get(key.name());
        String written = init != null && init.startsWith("new ") ? init.substring(4) : t.fields().get(key.name());
        String resolved = written == null ? null : model.resolveType(ctx, written);
        KnowledgeType unsafe = unsafe(resolved);
        String guard = t.guardedBy().get(key.name());
        return new Field(key.owner(), key.name(), false, t.finalFields().contains(key.name()),
                t.volatileFields().contains(key.name()), t.staticFields().contains(key.name()),
                guard == null ? null : dev.conlint.facts.Locks.fromGuardedBy(guard, key.owner()), unsafe,
                unsafe == null ? null : model.typeDisplay(resolved), resolved, t.fieldPositions().get(key.name()), ctx,
                List.copyOf(accesses));
    }

    /**
     * The knowledge entry marking a type (or a supertype) not thread-safe; project types via
     * {@code @NotThreadSafe}; none for a project type annotated {@code @ThreadSafe} or {@code @Immutable}.
     */
    private KnowledgeType unsafe(String type) {
        if (type == null) {
            return null;
        }
        TypeFacts declared = model.projectType(type);
        if (declared != null && declared.annotations().stream()
                .anyMatch(n -> n.endsWith("ThreadSafe") && !n.endsWith("NotThreadSafe") || n.endsWith("Immutable"))) {
            return null;   // @ThreadSafe/@Immutable: its author vouches for sharing it (its own fields are still checked)
        }
        for (String a : model.ancestors(type)) {
            KnowledgeType kt = model.knowledge().type(a);
            if (kt != null && !kt.unsafe().isEmpty()) {
                return kt;
            }
            if (kt != null && (kt.compound() != null)) {
                return null;   // a concurrent map or an atomic
            }
        }
        TypeFacts pt = model.projectType(type);
        if (pt != null && pt.annotations().stream().anyMatch(n -> n.endsWith("NotThreadSafe"))) {
            return new KnowledgeType(type, null, List.of(), false, null, Map.of(), Map.of(), Map.of(), List.of(),
                    List.of(), null, List.of("*"), List.of(), false);
        }
        return null;
    }
}
