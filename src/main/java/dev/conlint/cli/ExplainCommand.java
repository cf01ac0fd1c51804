package dev.conlint.cli;

import dev.conlint.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code conlint explain ID}: the rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a rule's documentation (rules/ID.md).")
final class ExplainCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Rule id, as listed by 'conlint rules'.")
    private String id;

    @Override
    public void run() {
        if (Rules.byId(id).isEmpty()) {
            throw new UsageError("unknown rule '" + id + "' (see 'conlint rules')");
        }
        spec.commandLine().getOut().print(Rules.markdown(id));
        spec.commandLine().getOut().flush();
    }
}
