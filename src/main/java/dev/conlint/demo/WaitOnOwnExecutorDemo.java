package dev.conlint.demo;

/** Placeholder until the demo of wait-on-own-executor lands. */
public final class WaitOnOwnExecutorDemo implements Demo {

    @Override
    public String ruleId() {
        return "wait-on-own-executor";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for wait-on-own-executor yet");
    }
}
