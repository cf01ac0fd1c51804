package dev.conlint.facts;

import java.util.List;

/**
 * A call site: a method call, a constructor call (name {@code <init>}) or the call a method
 * reference stands for (argument count -1: any).
 *
 * @param pos the method name (or {@code new}) up to the end of the call when it fits on one line
 */
public record CallFacts(String name, int argCount, Receiver receiver, List<ArgFacts> args, Pos pos) {
    public static final String CONSTRUCTOR = "<init>";

    public CallFacts {
        args = List.copyOf(args);
    }

    public ArgFacts arg(int index) {
        return index >= 0 && index < args.size() ? args.get(index) : ArgFacts.PLAIN;
    }
}
