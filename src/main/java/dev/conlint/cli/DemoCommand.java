package dev.conlint.cli;

import dev.conlint.demo.Demo;
import dev.conlint.demo.DemoResult;
import dev.conlint.demo.DemoTable;
import dev.conlint.demo.Demos;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code conlint demo ID} / {@code conlint demo --all}: the harm a rule is about, measured next to the fix. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a rule's demonstration on the reference runtime: the anti-pattern and its fix side by"
                + " side, with measured effects.")
final class DemoCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Rule id, as listed by 'conlint rules'.")
    private String id;

    @Option(names = "--all", description = "Run every rule's demo, one after the other.")
    private boolean all;

    @Override
    public void run() {
        if (all == (id != null)) {
            throw new UsageError("give one rule id or --all (see 'conlint rules')");
        }
        List<Demo> demos = all ? Demos.all()
                : List.of(Demos.byId(id).orElseThrow(() -> new UsageError("unknown rule '" + id + "' (see 'conlint rules')")));
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < demos.size(); i++) {
            if (i > 0) {
                out.println();
            }
            long start = System.nanoTime();
            DemoResult result = demos.get(i).run();
            DemoTable.print(result, (System.nanoTime() - start) / 1e9, out);
        }
    }
}
