package dev.conlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar conlint.jar <command>}: scan, rules, explain. */
@Command(name = "conlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds misuse of concurrency models in Java sources.",
        subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (scan, rules, explain)");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("conlint: " + oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageError) {
                err.println("conlint: " + oneLine(e.getMessage()));
                return USAGE;
            }
            err.println("conlint: internal error: " + oneLine(e.toString())
                    + " (please report it; CONLINT_DEBUG=1 prints the stack trace)");
            if (System.getenv("CONLINT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The contract promises a one-line reason on stderr; some messages (Jackson's) span lines. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return String.join(" ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
