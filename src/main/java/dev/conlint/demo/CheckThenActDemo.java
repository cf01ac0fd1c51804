package dev.conlint.demo;

/** Placeholder until the demo of check-then-act lands. */
public final class CheckThenActDemo implements Demo {

    @Override
    public String ruleId() {
        return "check-then-act";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for check-then-act yet");
    }
}
