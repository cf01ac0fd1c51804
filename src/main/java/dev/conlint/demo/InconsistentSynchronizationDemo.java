package dev.conlint.demo;

/** Placeholder until the demo of inconsistent-synchronization lands. */
public final class InconsistentSynchronizationDemo implements Demo {

    @Override
    public String ruleId() {
        return "inconsistent-synchronization";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for inconsistent-synchronization yet");
    }
}
