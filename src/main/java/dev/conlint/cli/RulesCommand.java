package dev.conlint.cli;

import dev.conlint.rules.Rule;
import dev.conlint.rules.RuleMeta;
import dev.conlint.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code conlint rules}: one line per rule. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the rules: id, family, default level, title.")
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        int width = Rules.all().stream().mapToInt(r -> r.meta().id().length()).max().orElse(10);
        for (Rule r : Rules.all()) {
            RuleMeta m = r.meta();
            spec.commandLine().getOut().printf("%-" + width + "s  %-3s  %-7s  %s%n", m.id(), m.family(),
                    m.level().id(), m.title());
        }
    }
}
