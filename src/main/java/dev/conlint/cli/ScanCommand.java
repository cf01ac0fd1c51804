package dev.conlint.cli;

import dev.conlint.Progress;
import dev.conlint.ScanConfig;
import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.SuppressedFinding;
import dev.conlint.knowledge.KnowledgeException;
import dev.conlint.report.Fingerprints;
import dev.conlint.report.Report;
import dev.conlint.report.ReportFormat;
import dev.conlint.report.ReportOptions;
import dev.conlint.rules.Rules;
import dev.conlint.suppress.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code conlint scan [PATH...]}. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Analyse every .java file below the paths (default: the current folder).")
final class ScanCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to scan (default: .).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json, sarif or github (default: text).")
    private String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (default: standard output).")
    private Path output;

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Run only these rules.")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Do not run these rules.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 on findings at or above: error, warning, note or none (default: warning).")
    private String failOn = "warning";

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not recorded in this baseline.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record the current findings as the baseline.")
    private Path writeBaseline;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Jars and class folders the sources compile against (separated by '${sys:path.separator}'):"
            + " library types conlint's knowledge does not describe are read from them.")
    private String classpath;

    @Option(names = "--target-jdk", paramLabel = "N", description = "JDK release the code runs on (default: 17).")
    private int targetJdk = 17;

    @Option(names = "--jobs", paramLabel = "N", description = "Parse workers (default: available processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .conlint.yaml at the scan root, if present).")
    private Path config;

    @Option(names = "--source-root", paramLabel = "DIR", description = "Root that reported paths are relative to (default: the enclosing git repository, else the current folder).")
    private Path sourceRoot;

    @Option(names = "--include-suppressed", description = "Also report suppressed findings (SARIF: with a suppressions entry).")
    private boolean includeSuppressed;

    @Option(names = "--stats", description = "Print files, lines, files per second and the time of each stage to standard error.")
    private boolean stats;

    @Option(names = "--parse-only", description = "Only read and parse the files (the benchmark's floor); implies --stats.")
    private boolean parseOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat = parseFormat();
        Level threshold = "none".equalsIgnoreCase(failOn) ? null : parseLevel();
        if (jobs < 1) {
            throw new UsageError("--jobs must be at least 1");
        }
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                throw new UsageError("no such file or directory: " + p);
            }
        }
        ScanConfig cfg = config(roots.get(0));
        Set<String> enabled = ruleIds("--enable", concat(cfg.enable(), enable));
        Set<String> disabled = ruleIds("--disable", concat(cfg.disable(), disable));
        Path root = sourceRoot != null ? sourceRoot.toAbsolutePath().normalize() : ScanOptions.repositoryRoot(roots.get(0));
        Set<String> accepted = baseline == null ? Set.of() : readBaseline();

        Scanner scanner;
        try {
            scanner = Scanner.withKnowledge(cfg.knowledge());
        } catch (KnowledgeException e) {
            throw new UsageError(e.getMessage());
        }
        long start = System.nanoTime();
        Progress progress = System.console() != null ? new TerminalProgress(err) : Progress.NONE;
        ScanResult result = scanner.scan(new ScanOptions(roots, enabled, disabled, jobs, root, cfg.knowledge(),
                cfg.exclude(), accepted, parseOnly, progress, classpathEntries(err)));
        for (FileProblem p : result.problems()) {
            err.println("conlint: " + relative(root, p.file()) + ": " + p.message());
        }
        if (writeBaseline != null) {
            Fingerprints fp = Fingerprints.of(result);
            List<String> prints = new ArrayList<>();
            result.findings().forEach(f -> prints.add(fp.of(f)));
            result.suppressed().stream().filter(s -> s.kind() == SuppressedFinding.Kind.BASELINE)
                    .forEach(s -> prints.add(fp.of(s.finding())));
            new Baseline().write(writeBaseline, prints);
        }
        if (!parseOnly) {
            writeReport(reportFormat, result);
        }
        if (stats || parseOnly) {
            printStats(err, result, System.nanoTime() - start);
        }
        return exitCode(result.findings(), threshold);
    }

    /** The --classpath entries; one that does not exist is reported and skipped (it can only add knowledge). */
    private List<Path> classpathEntries(PrintWriter err) {
        List<Path> out = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (entry.isBlank()) {
                    continue;
                }
                Path p = Path.of(entry.strip());
                if (Files.exists(p)) {
                    out.add(p);
                } else {
                    err.println("conlint: class path entry not found, skipped: " + entry.strip());
                }
            }
        }
        return out;
    }

    private ReportFormat parseFormat() {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private Level parseLevel() {
        try {
            return Level.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown --fail-on level '" + failOn + "' (error, warning, note, none)");
        }
    }

    private ScanConfig config(Path firstRoot) {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new UsageError("no such config file: " + config);
            }
            return readConfig(config);
        }
        Path dir = Files.isDirectory(firstRoot) ? firstRoot : firstRoot.toAbsolutePath().getParent();
        Path candidate = dir == null ? null : dir.resolve(ScanConfig.DEFAULT_NAME);
        return candidate != null && Files.isRegularFile(candidate) ? readConfig(candidate) : ScanConfig.EMPTY;
    }

    private static ScanConfig readConfig(Path file) {
        try {
            return ScanConfig.read(file);
        } catch (ScanConfig.ConfigError e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> ruleIds(String option, List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : ids) {
            String id = raw.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (Rules.byId(id).isEmpty()) {
                throw new UsageError(option + ": unknown rule '" + id + "' (see 'conlint rules')");
            }
            out.add(id);
        }
        return out;
    }

    private Set<String> readBaseline() {
        try {
            return new Baseline().read(baseline);
        } catch (IOException e) {
            throw new UsageError("cannot read baseline " + baseline + ": " + e.getMessage());
        }
    }

    private void writeReport(ReportFormat reportFormat, ScanResult result) throws IOException {
        boolean colour = output == null && reportFormat == ReportFormat.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
        Report report = reportFormat.create(new ReportOptions(Version.current(), colour, includeSuppressed));
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                report.write(result, w);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            report.write(result, out);
            out.flush();
        }
    }

    private void printStats(PrintWriter err, ScanResult result, long nanos) {
        double seconds = nanos / 1e9;
        StringBuilder stages = new StringBuilder();
        for (Map.Entry<String, Long> e : result.stats().stageMillis().entrySet()) {
            stages.append(stages.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()).append(" ms");
        }
        int files = result.stats().files();
        err.printf(Locale.ROOT, "conlint: %d %s (%d %s), %d lines, %d findings in %.2f s: %.0f files/s, %.0f lines/s; %s%n",
                files, files == 1 ? "file" : "files", result.stats().analysedFiles(), parseOnly ? "parsed" : "analysed",
                result.stats().lines(), result.findings().size(), seconds, files / seconds,
                result.stats().lines() / seconds, stages);
    }

    private static int exitCode(List<Finding> findings, Level threshold) {
        if (threshold == null) {
            return Main.OK;
        }
        return findings.stream().anyMatch(f -> f.level().atLeast(threshold)) ? Main.FINDINGS : Main.OK;
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
