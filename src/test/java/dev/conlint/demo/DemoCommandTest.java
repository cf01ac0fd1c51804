package dev.conlint.demo;

import dev.conlint.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheMeasuresOfBothVariants() {
        Result r = run("demo", "blocking-call-on-event-loop");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("blocking-call-on-event-loop: "), r.out());
        assertTrue(r.out().contains("sleep on the loop") && r.out().contains("runInExecutor"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("timer lag, max")), r.out());
    }

    @Test
    void unknownIdsAndMissingIdsAreUsageErrors() {
        Result unknown = run("demo", "no-such-rule");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown rule 'no-such-rule'"), unknown.err());
        assertEquals(2, run("demo").code());
        assertEquals(2, run("demo", "--all", "shared-mutable-field").code());
    }

    @Test
    void everyRuleHasADemo() {
        for (dev.conlint.finding.RuleInfo rule : dev.conlint.rules.Rules.infos(dev.conlint.rules.Rules.all())) {
            assertTrue(Demos.byId(rule.id()).isPresent(), "no demo for " + rule.id());
        }
        assertEquals(dev.conlint.rules.Rules.all().size(), Demos.all().size());
    }
}
