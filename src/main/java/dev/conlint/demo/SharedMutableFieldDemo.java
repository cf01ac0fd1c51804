package dev.conlint.demo;

/** Placeholder until the demo of shared-mutable-field lands. */
public final class SharedMutableFieldDemo implements Demo {

    @Override
    public String ruleId() {
        return "shared-mutable-field";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for shared-mutable-field yet");
    }
}
