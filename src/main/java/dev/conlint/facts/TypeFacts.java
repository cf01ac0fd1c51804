package dev.conlint.facts;

import java.util.List;
import java.util.Map;

/**
 * A type declared in a file: class, interface, enum, record, annotation, local or anonymous class.
 *
 * @param fqn         fully qualified name with '.' for nested types; anonymous classes get
 *                    {@code Outer$N}
 * @param displayName how messages name it: the simple name, or "anonymous ActionListener"
 * @param supertypes  extended and implemented types as written (erased), resolved later
 * @param annotations annotation names as written
 * @param fields      field name to its declared type as written (erased)
 * @param fieldInits  field name to what initialises it, when that is a call of a named type or a
 *                    creation: {@code Executors.newSingleThreadExecutor}, {@code new ThreadPoolExecutor};
 *                    from the declaration or an assignment in a constructor
 * @param volatileFields the fields declared {@code volatile}
 * @param finalFields the fields declared {@code final}
 * @param staticFields the fields declared {@code static}
 * @param guardedBy   field name to the lock its {@code @GuardedBy} names, as written
 * @param fieldPositions field name to where it is declared
 * @param outer       the enclosing type's fqn, or null for a top-level type
 * @param isInterface whether it is an interface (or annotation)
 * @param isAbstract  whether it is abstract (interfaces count as abstract)
 */
public record TypeFacts(String fqn, String displayName, List<String> supertypes, List<String> annotations,
                        Map<String, String> fields, Map<String, String> fieldInits, java.util.Set<String> volatileFields,
                        java.util.Set<String> finalFields, java.util.Set<String> staticFields,
                        Map<String, String> guardedBy, Map<String, Pos> fieldPositions, String outer, boolean isInterface, boolean isAbstract, Pos pos) {
    public TypeFacts {
        supertypes = List.copyOf(supertypes);
        annotations = List.copyOf(annotations);
        fields = Map.copyOf(fields);
        fieldInits = Map.copyOf(fieldInits);
        volatileFields = java.util.Set.copyOf(volatileFields);
        finalFields = java.util.Set.copyOf(finalFields);
        staticFields = java.util.Set.copyOf(staticFields);
        guardedBy = Map.copyOf(guardedBy);
        fieldPositions = Map.copyOf(fieldPositions);
    }
}
