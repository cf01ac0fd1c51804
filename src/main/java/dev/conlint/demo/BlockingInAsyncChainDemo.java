package dev.conlint.demo;

/** Placeholder until the demo of blocking-in-async-chain lands. */
public final class BlockingInAsyncChainDemo implements Demo {

    @Override
    public String ruleId() {
        return "blocking-in-async-chain";
    }

    @Override
    public DemoResult run() {
        throw new UnsupportedOperationException("no demo for blocking-in-async-chain yet");
    }
}
