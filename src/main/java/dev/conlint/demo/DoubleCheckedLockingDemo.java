package dev.conlint.demo;

/** Placeholder until the demo of double-checked-locking lands. */
public final class DoubleCheckedLockingDemo implements Demo {

    @Override
    public String ruleId() {
        return "double-checked-locking";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for double-checked-locking yet");
    }
}
