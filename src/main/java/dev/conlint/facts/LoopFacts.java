package dev.conlint.facts;

/**
 * A loop that looks CPU-heavy on its own: nested loops over non-constant data, or a constant bound
 * of at least {@link #HUGE} iterations. The calls made in its body are {@code [firstCall, endCall)}
 * of the unit, so a loop that waits on I/O can be left to the blocking rules.
 *
 * @param pos        the loop keyword
 * @param why        "nested loops over `orders` and `customers`", "a loop of 5,000,000 iterations"
 * @param nested     a cross product of two independent data loops (cost depends on the data), as
 *                   opposed to a huge constant bound
 */
public record LoopFacts(Pos pos, String why, int firstCall, int endCall, boolean nested) {
    public static final long HUGE = 1_000_000L;
}
