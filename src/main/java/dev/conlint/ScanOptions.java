package dev.conlint;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to scan and how; the CLI and the Maven goal both build one.
 *
 * @param paths            files and folders to scan
 * @param enable           rule ids to run (empty: all)
 * @param disable          rule ids not to run
 * @param jobs             parse workers
 * @param sourceRoot       root that reported paths are relative to
 * @param knowledgeFiles   extra knowledge files
 * @param excludes         globs of paths (relative to each scan root) to skip
 * @param suppressedByBaseline fingerprints of findings to report as suppressed (a baseline)
 * @param parseOnly        stop after parsing (the benchmark's floor)
 * @param progress         told as files are parsed
 * @param classpath        jars and class folders the sources compile against (may be empty): what
 *                         they say about library types sharpens name resolution
 */
public record ScanOptions(List<Path> paths, Set<String> enable, Set<String> disable, int jobs, Path sourceRoot,
                          List<Path> knowledgeFiles, List<String> excludes, Set<String> suppressedByBaseline,
                          boolean parseOnly, Progress progress, List<Path> classpath) {

    public ScanOptions(List<Path> paths, Set<String> enable, Set<String> disable, int jobs, Path sourceRoot,
                       List<Path> knowledgeFiles, List<String> excludes, Set<String> suppressedByBaseline,
                       boolean parseOnly, Progress progress) {
        this(paths, enable, disable, jobs, sourceRoot, knowledgeFiles, excludes, suppressedByBaseline, parseOnly,
                progress, List.of());
    }

    public ScanOptions(List<Path> paths, Set<String> enable, Set<String> disable, int jobs, Path sourceRoot,
                       List<Path> knowledgeFiles, List<String> excludes, Set<String> suppressedByBaseline,
                       boolean parseOnly) {
        this(paths, enable, disable, jobs, sourceRoot, knowledgeFiles, excludes, suppressedByBaseline, parseOnly,
                Progress.NONE);
    }

    public ScanOptions {
        paths = List.copyOf(paths);
        enable = Set.copyOf(enable);
        disable = Set.copyOf(disable);
        knowledgeFiles = List.copyOf(knowledgeFiles);
        excludes = List.copyOf(excludes);
        suppressedByBaseline = Set.copyOf(suppressedByBaseline);
        classpath = List.copyOf(classpath);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** The same scan with a compile class path. */
    public ScanOptions withClasspath(List<Path> entries) {
        return new ScanOptions(paths, enable, disable, jobs, sourceRoot, knowledgeFiles, excludes, suppressedByBaseline,
                parseOnly, progress, entries);
    }

    public static ScanOptions of(List<Path> paths, Path sourceRoot) {
        return new ScanOptions(paths, Set.of(), Set.of(), Runtime.getRuntime().availableProcessors(), sourceRoot,
                List.of(), List.of(), Set.of(), false);
    }

    /**
     * The root reported paths are relative to: the nearest enclosing folder of {@code start} with a
     * {@code .git} entry (GitHub resolves SARIF paths against the repository root), else the
     * current folder.
     */
    public static Path repositoryRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (Path d = dir; d != null; d = d.getParent()) {
            if (java.nio.file.Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
