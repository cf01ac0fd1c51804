package dev.conlint.demo;

/** Placeholder until the demo of cpu-heavy-on-event-loop lands. */
public final class CpuHeavyOnEventLoopDemo implements Demo {

    @Override
    public String ruleId() {
        return "cpu-heavy-on-event-loop";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for cpu-heavy-on-event-loop yet");
    }
}
