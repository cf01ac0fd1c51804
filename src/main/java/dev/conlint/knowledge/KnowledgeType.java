package dev.conlint.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the knowledge says about one framework or JDK type.
 *
 * @param framework  the framework whose contexts it creates ("Vert.x")
 * @param supertypes supertypes worth walking when looking up methods
 * @param fluent     methods not listed return the receiver's own type
 * @param chain      a pipeline type: its CHAIN callbacks start in this context (null: unknown)
 * @param overrides  method name ("*" for any) to where a project override of it runs
 * @param fields     inherited fields a project subclass may use, name to type
 * @param lifecycle  overridden methods that run once per component (a verticle's start), not per event
 * @param compound   "map" or "atomic": single operations are atomic, check-then-act sequences are not
 * @param setup      overridden methods that run before the object is shared with other threads
 *                   (Reactive Streams' onSubscribe happens before every other signal): their field
 *                   accesses count like a constructor's
 * @param perConnection one connection (a Netty channel or its handler context): its events arrive on
 *                   one thread, so state keyed by it is only ever touched from there
 * @param unsafe     not thread-safe: the methods that change (or use) its state, as names or globs
 *                   ({@code "*"}: every call); empty for a type not known to be unsafe
 */
public record KnowledgeType(String fqn, String framework, List<String> supertypes, boolean fluent, Runs chain,
                            Map<String, Runs> overrides, Map<String, String> fields, Map<String, MethodEntry> methods,
                            List<Glob> globs, List<String> lifecycle, String compound,
                            List<String> unsafe, List<String> setup, boolean perConnection) {

    /** A method entry whose key contains '*'. */
    public record Glob(Pattern pattern, MethodEntry entry) { }

    public KnowledgeType {
        supertypes = List.copyOf(supertypes);
        overrides = Map.copyOf(overrides);
        fields = Map.copyOf(fields);
        methods = Map.copyOf(methods);
        globs = List.copyOf(globs);
        lifecycle = List.copyOf(lifecycle);
        unsafe = List.copyOf(unsafe);
        setup = List.copyOf(setup);
    }

    /** Whether calling {@code name} changes (or depends on unsynchronised) state of an unsafe type. */
    public boolean unsafeCall(String name) {
        for (String u : unsafe) {
            if (u.equals(name) || u.endsWith("*") && name.startsWith(u.substring(0, u.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The entry for a call of {@code name} with {@code argCount} arguments (-1: unknown), or null. */
    public MethodEntry method(String name, int argCount) {
        if (argCount >= 0) {
            MethodEntry exact = methods.get(name + "/" + argCount);
            if (exact != null) {
                return exact;
            }
        }
        MethodEntry plain = methods.get(name);
        if (plain != null) {
            return plain;
        }
        for (Glob g : globs) {
            if (g.pattern().matcher(name).matches()) {
                return g.entry();
            }
        }
        return null;
    }
}
