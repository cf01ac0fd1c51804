package dev.conlint.model;

import dev.conlint.knowledge.MethodEntry;

import java.util.List;

/**
 * What a call site refers to: a method the knowledge describes (API), project methods (with the
 * overrides dispatch may reach), a constructor of a type nobody describes (CREATED), or nothing
 * known (NONE: silence, never a guess).
 *
 * @param receiverType  the static type the call was made on
 * @param declaringType the type whose knowledge entry or declaration matched
 * @param overloaded    several project overloads take this many arguments; without argument types
 *                      conlint cannot tell which one is meant, so effects must hold for all of them
 */
public record CallTarget(Kind kind, String receiverType, String declaringType, MethodEntry entry,
                         List<Integer> units, boolean overloaded) {

    public enum Kind { NONE, API, PROJECT, CREATED }

    public static final CallTarget NONE = new CallTarget(Kind.NONE, null, null, null, List.of(), false);

    public CallTarget {
        units = List.copyOf(units);
    }

    static CallTarget api(String receiverType, String declaringType, MethodEntry entry) {
        return new CallTarget(Kind.API, receiverType, declaringType, entry, List.of(), false);
    }

    static CallTarget project(String receiverType, List<Integer> units, boolean overloaded) {
        return units.isEmpty() ? NONE : new CallTarget(Kind.PROJECT, receiverType, receiverType, null, units,
                overloaded);
    }

    static CallTarget created(String type) {
        return new CallTarget(Kind.CREATED, type, type, null, List.of(), false);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isApi() {
        return kind == Kind.API;
    }

    /** The blocking category of an API target, or null. */
    public String blocking() {
        return entry == null ? null : entry.blocking();
    }
}
