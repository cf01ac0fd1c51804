package dev.conlint.demo;

/** Placeholder until the demo of thread-unsafe-object-shared lands. */
public final class ThreadUnsafeObjectSharedDemo implements Demo {

    @Override
    public String ruleId() {
        return "thread-unsafe-object-shared";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for thread-unsafe-object-shared yet");
    }
}
