package dev.conlint.discover;

import dev.conlint.finding.FileProblem;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the {@code .java} files below the given paths, skipping build output and version-control
 * folders. Follows symbolic links but reports loops instead of looping. The result is sorted, so
 * everything downstream is deterministic.
 */
public final class FileDiscovery {

    private static final Set<String> SKIPPED = Set.of("target", "build", ".git", ".hg", ".svn", "node_modules");

    private final List<PathMatcher> excludes;

    /** @param excludes glob matchers tested against each path relative to its scan root */
    public FileDiscovery(List<PathMatcher> excludes) {
        this.excludes = List.copyOf(excludes);
    }

    public record Result(List<Path> files, List<FileProblem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public Result discover(List<Path> roots) {
        TreeSet<Path> files = new TreeSet<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                problems.add(new FileProblem(root, "no such file or directory"));
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            } else {
                walk(root, files, problems);
            }
        }
        return new Result(new ArrayList<>(files), problems);
    }

    private void walk(Path root, Set<Path> files, List<FileProblem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && (SKIPPED.contains(String.valueOf(dir.getFileName()))
                                    || excluded(root, dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().endsWith(".java") && !excluded(root, file)) {
                                if (attrs.isRegularFile()) {
                                    files.add(file.toAbsolutePath().normalize());
                                } else if (attrs.isSymbolicLink()) {
                                    // Following links, the walker hands over the link itself only when
                                    // its target cannot be reached: a broken link.
                                    problems.add(new FileProblem(file, Files.notExists(file)
                                            ? "broken symbolic link (its target does not exist), skipped"
                                            : "symbolic link whose target cannot be read, skipped"));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new FileProblem(file, describe(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new FileProblem(root, describe(e)));
        }
    }

    private boolean excluded(Path root, Path path) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path relative = root.relativize(path);
        for (PathMatcher m : excludes) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop, not followed";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (a broken symbolic link?)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
