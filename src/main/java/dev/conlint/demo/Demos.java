package dev.conlint.demo;

import java.util.List;
import java.util.Optional;

/** Every rule's demo, in the order of {@code conlint rules}. */
public final class Demos {

    private static final List<Demo> ALL = List.of(
            new BlockingCallOnEventLoopDemo(),
            new BlockingInAsyncChainDemo(),
            new CheckThenActDemo(),
            new CpuHeavyOnEventLoopDemo(),
            new DoubleCheckedLockingDemo(),
            new InconsistentSynchronizationDemo(),
            new NestedEventLoopDemo(),
            new SharedMutableFieldDemo(),
            new ThreadUnsafeObjectSharedDemo(),
            new WaitOnOwnExecutorDemo());

    private Demos() {
    }

    public static List<Demo> all() {
        return ALL;
    }

    public static Optional<Demo> byId(String ruleId) {
        return ALL.stream().filter(d -> d.ruleId().equals(ruleId)).findFirst();
    }
}
