package dev.conlint.facts;

/**
 * What a call is made on, as far as one file can tell. Stage 2 turns it into a type.
 */
public sealed interface Receiver {

    /** An unqualified call {@code m()}: this class, an outer class, or a static import. */
    record Implicit() implements Receiver { }

    record This() implements Receiver { }

    record Super() implements Receiver { }

    /** A bare name that is not a local: a field, or a type for a static call. */
    record Named(String name) implements Receiver { }

    /** A dotted name {@code a.b.C}: usually a qualified type. */
    record Qualified(String dotted) implements Receiver { }

    /** {@code this.name}. */
    record FieldOfThis(String name) implements Receiver { }

    /**
     * A local variable or parameter with its declared type ({@code null} for {@code var} or an
     * untyped lambda parameter) and the call that initialised it (-1 if none).
     */
    record Local(String name, String declaredType, int initCall) implements Receiver { }

    /** {@code new T(...)}. */
    record Created(String type) implements Receiver { }

    /** The result of another call site in the same unit. */
    record CallResult(int callIndex) implements Receiver { }

    /** Anything else: an array element, a conditional, a literal. */
    record Unknown() implements Receiver { }

    Receiver IMPLICIT = new Implicit();
    Receiver THIS = new This();
    Receiver SUPER = new Super();
    Receiver UNKNOWN = new Unknown();
}
