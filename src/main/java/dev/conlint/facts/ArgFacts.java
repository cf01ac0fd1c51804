package dev.conlint.facts;

import java.util.List;

/**
 * One argument of a call, kept only as far as rules need it.
 *
 * @param units       code units the argument creates: a lambda, a method reference, the methods of
 *                    an anonymous class, or the lambda a local variable was initialised with
 * @param name        the argument when it is a bare name (a parameter being forwarded), else null
 * @param createdType {@code new T(...)} or {@code T.class} argument type as written, else null
 * @param tokens      identifiers mentioned in the argument (method and field names), only for calls
 *                    the knowledge asks about (such as a verticle deployment's options); else empty
 * @param call        the call site (same unit) whose result the argument is, directly or through a
 *                    local initialised with it, or -1 (used for scheduler arguments)
 * @param value       what the argument is, for the same calls as {@code tokens}; else null
 * @param localType   the declared type of a local or parameter passed by name, else null
 */
public record ArgFacts(List<Integer> units, String name, String createdType, List<String> tokens, int call,
                       Receiver value, String localType) {
    public static final ArgFacts PLAIN = new ArgFacts(List.of(), null, null, List.of(), -1, null, null);

    public ArgFacts {
        units = List.copyOf(units);
        tokens = List.copyOf(tokens);
    }
}
