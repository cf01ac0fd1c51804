package dev.conlint.facts;

import java.util.List;

/**
 * One access to a field (or, in a lambda, to a local of an enclosing method it captures), with the
 * locks held where it is written.
 *
 * @param name      the field or captured local as written ({@code count}, {@code this.count} → count)
 * @param qualifier the type a static field was qualified with ({@code Registry.count}), else null
 * @param kind      what the access does
 * @param method    for {@link Kind#CALL}, the method called on the object; else null
 * @param captured  for a captured local: its type (the created type of its initialiser when there
 *                  is one, else the declared type; "" when unknown); null for fields
 * @param inLoop    written inside a loop of its unit (a flag polled there)
 * @param locks     the locks held here in this unit: {@code this:Owner}, {@code class:Owner},
 *                  {@code field:lock}, {@code expr:...} (see {@code FactExtractor#lockId})
 */
public record AccessFacts(String name, String qualifier, Kind kind, String method, String captured, Pos pos,
                          boolean inLoop, List<String> locks) {

    public enum Kind {
        READ, WRITE,
        /** A read-modify-write: {@code ++}, {@code +=}, {@code x = x + 1}. */
        UPDATE,
        /** A method called on the object the field holds. */
        CALL;

        public boolean writes() {
            return this == WRITE || this == UPDATE;
        }
    }

    public AccessFacts {
        locks = List.copyOf(locks);
    }
}
