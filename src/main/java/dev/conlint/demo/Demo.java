package dev.conlint.demo;

/**
 * A rule's demonstration: its anti-pattern and its fix, run side by side on the reference runtime
 * (or the JDK's executors, where the rule is about them), each measured the same way. One class per
 * rule, next to the rule's doc, which shows a real output. A demo takes ten seconds or less.
 */
public interface Demo {

    /** The rule it demonstrates. */
    String ruleId();

    /** Runs both variants and returns what was measured. */
    DemoResult run();
}
