package dev.conlint.demo;

/** Placeholder until the demo of nested-event-loop lands. */
public final class NestedEventLoopDemo implements Demo {

    @Override
    public String ruleId() {
        return "nested-event-loop";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for nested-event-loop yet");
    }
}
