package dev.conlint.facts;

import java.util.List;

/**
 * A code unit: the body of a method, constructor or initializer, a lambda, or a method reference.
 *
 * @param id          index in the file's unit list
 * @param kind        what kind of body it is
 * @param owner       fqn of the type it belongs to
 * @param name        method name ({@code <init>}, {@code <clinit>}, {@code lambda}, {@code ref})
 * @param params      parameter names and declared types (type null when not written)
 * @param returnType  declared return type as written (erased), null for non-methods
 * @param annotations annotation names as written on the method
 * @param parent      the unit this lambda or reference is written in, or -1
 * @param enclosing   the name of the declared method it is written in ("start"), for messages
 * @param loops       loops that look CPU-heavy by themselves
 * @param checks      check-then-act sequences on fields written in this unit
 * @param accesses    field accesses (and, in lambdas, calls on captured locals), with the locks held
 * @param callLocks   for calls made while holding locks: call index to the locks held
 * @param loopSpans   the calls inside loops, as pairs of call indices [first, end)
 */
public record UnitFacts(int id, Kind kind, String owner, String name, List<Param> params, String returnType,
                        List<String> annotations, boolean isStatic, boolean isAbstract, boolean isPrivate,
                        boolean isPublic,
                        int parent, String enclosing, Pos pos, List<CallFacts> calls, List<LoopFacts> loops,
                        List<CheckFacts> checks, List<AccessFacts> accesses, java.util.Map<Integer, List<String>> callLocks,
                        List<Integer> loopSpans) {

    public enum Kind { METHOD, CONSTRUCTOR, INITIALIZER, LAMBDA, METHOD_REF }

    public record Param(String name, String type) { }

    public UnitFacts {
        params = List.copyOf(params);
        annotations = List.copyOf(annotations);
        calls = List.copyOf(calls);
        loops = List.copyOf(loops);
        checks = List.copyOf(checks);
        accesses = List.copyOf(accesses);
        callLocks = java.util.Map.copyOf(callLocks);
        loopSpans = List.copyOf(loopSpans);
    }

    /** Whether call {@code index} is written inside a loop of this unit. */
    public boolean inLoop(int index) {
        for (int i = 0; i < loopSpans.size(); i += 2) {
            if (index >= loopSpans.get(i) && index < loopSpans.get(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The locks held at call {@code index} in this unit. */
    public List<String> locksAt(int index) {
        return callLocks.getOrDefault(index, List.of());
    }

    public boolean isCallable() {
        return kind == Kind.METHOD || kind == Kind.CONSTRUCTOR;
    }
}
