package dev.conlint.maven;

import dev.conlint.ScanConfig;
import dev.conlint.ScanOptions;
import dev.conlint.Scanner;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.ScanResult;
import dev.conlint.knowledge.KnowledgeException;
import dev.conlint.report.SarifReport;
import dev.conlint.report.TextReport;
import dev.conlint.rules.Rules;
import dev.conlint.suppress.Baseline;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What both goals share: the parameters (they mirror the CLI's options), the source roots of the
 * project, the scan, the log in the text format and {@code target/conlint.sarif}.
 */
abstract class AbstractConlintMojo extends AbstractMojo {

    /** Skips the goal ({@code -Dconlint.skip}). */
    @Parameter(property = "conlint.skip", defaultValue = "false")
    private boolean skip;

    /** Also scans the test source roots. */
    @Parameter(property = "conlint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Globs of paths, relative to each source root, not to scan ({@code **}{@code /generated/**}). */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** Rule ids to run (all when empty); also {@code -Dconlint.enable=a,b}. */
    @Parameter(property = "conlint.enable")
    private List<String> enable = new ArrayList<>();

    /** Rule ids not to run; also {@code -Dconlint.disable=a,b}. */
    @Parameter(property = "conlint.disable")
    private List<String> disable = new ArrayList<>();

    /** A baseline written by {@code conlint scan --write-baseline}: only findings not in it count. */
    @Parameter(property = "conlint.baseline")
    private File baseline;

    /** The Java release the sources target (default: {@code maven.compiler.release}). */
    @Parameter(property = "conlint.targetJdk", defaultValue = "${maven.compiler.release}")
    private String targetJdk;

    /**
     * The configuration file (enable, disable, exclude, knowledge); default: the nearest
     * {@code .conlint.yaml} in the module's folder or a parent up to the repository root, as the
     * CLI reads it.
     */
    @Parameter(property = "conlint.config")
    private File configFile;

    /** Where the SARIF report goes. */
    @Parameter(property = "conlint.outputFile", defaultValue = "${project.build.directory}/conlint.sarif")
    private File outputFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** What the goal does with the findings: fail the build ({@code check}) or not ({@code scan}). */
    abstract void judge(List<Finding> findings, File report) throws MojoFailureException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("conlint: skipped");
            return;
        }
        List<Path> roots = sourceRoots();
        Path root = ScanOptions.repositoryRoot(project.getBasedir().toPath());
        ScanConfig config = config(root);
        Set<String> enabled = ruleIds("enable", concat(config.enable(), enable));
        Set<String> disabled = ruleIds("disable", concat(config.disable(), disable));
        ScanResult result;
        try {
            Scanner scanner = Scanner.withKnowledge(config.knowledge());
            result = scanner.scan(new ScanOptions(roots, enabled, disabled,
                    Runtime.getRuntime().availableProcessors(), root, config.knowledge(),
                    concat(config.exclude(), excludes), acceptedByBaseline(), false).withClasspath(classpath()));
        } catch (KnowledgeException e) {
            throw new MojoExecutionException("conlint: " + e.getMessage(), e);
        }
        for (FileProblem p : result.problems()) {
            getLog().warn("conlint: " + p.file() + ": " + p.message());
        }
        log(result);
        writeSarif(result);
        judge(result.findings(), outputFile);
    }

    private ScanConfig config(Path repositoryRoot) throws MojoExecutionException {
        Path file = configFile != null ? configFile.toPath() : null;
        for (Path dir = project.getBasedir().toPath().toAbsolutePath(); file == null && dir != null;
             dir = dir.equals(repositoryRoot) ? null : dir.getParent()) {
            Path candidate = dir.resolve(ScanConfig.DEFAULT_NAME);
            if (Files.isRegularFile(candidate)) {
                file = candidate;
            }
        }
        if (file == null) {
            return ScanConfig.EMPTY;
        }
        try {
            getLog().debug("conlint: configuration from " + file);
            return ScanConfig.read(file);
        } catch (ScanConfig.ConfigError e) {
            throw new MojoExecutionException("conlint: " + e.getMessage(), e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The compile class path (with the test class path when tests are scanned): what the sources build against. */
    private List<Path> classpath() throws MojoExecutionException {
        try {
            List<String> elements = includeTests ? project.getTestClasspathElements()
                    : project.getCompileClasspathElements();
            List<Path> out = new ArrayList<>();
            elements.forEach(e -> out.add(Path.of(e)));
            return out;
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("conlint: the class path is not resolved: " + e.getMessage(), e);
        }
    }

    /** The compile source roots that exist, outside generated sources under target; test roots too when asked. */
    private List<Path> sourceRoots() {
        List<String> declared = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            declared.addAll(project.getTestCompileSourceRoots());
        }
        Path build = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        for (String d : declared) {
            Path p = Path.of(d).toAbsolutePath().normalize();
            if (Files.isDirectory(p) && !p.startsWith(build)) {
                roots.add(p);
            }
        }
        if (targetJdk != null && !targetJdk.isBlank()) {
            getLog().debug("conlint: sources target Java " + targetJdk);
        }
        return roots;
    }

    private static Set<String> ruleIds(String parameter, List<String> ids) throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        for (String list : ids) {
            for (String raw : list.split(",")) {
                String id = raw.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (Rules.byId(id).isEmpty()) {
                    throw new MojoExecutionException("conlint: " + parameter + ": unknown rule '" + id
                            + "' (see 'java -jar conlint.jar rules')");
                }
                out.add(id);
            }
        }
        return out;
    }

    private Set<String> acceptedByBaseline() throws MojoExecutionException {
        if (baseline == null) {
            return Set.of();
        }
        try {
            return new Baseline().read(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("conlint: cannot read baseline " + baseline + ": " + e.getMessage(), e);
        }
    }

    /** The findings as the CLI prints them (with call chains), one log entry per finding. */
    private void log(ScanResult result) throws MojoExecutionException {
        StringWriter text = new StringWriter();
        try {
            new TextReport(false).write(result, text);
        } catch (IOException e) {
            throw new MojoExecutionException("conlint: cannot format the findings: " + e.getMessage(), e);
        }
        String[] blocks = text.toString().strip().split("\\R\\R");
        for (int i = 0; i < blocks.length; i++) {
            boolean summary = i == blocks.length - 1;
            if (summary) {
                getLog().info(blocks[i]);
            } else {
                getLog().warn(blocks[i]);
            }
        }
    }

    private void writeSarif(ScanResult result) throws MojoExecutionException {
        try {
            Files.createDirectories(outputFile.toPath().toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(outputFile.toPath(), StandardCharsets.UTF_8)) {
                new SarifReport(dev.conlint.cli.Version.current(), false).write(result, w);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("conlint: cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        getLog().info("conlint: SARIF report written to " + outputFile);
    }

    /** Findings at or above a level. */
    static long atOrAbove(List<Finding> findings, Level threshold) {
        return findings.stream().filter(f -> f.level().compareTo(threshold) <= 0).count();
    }
}
