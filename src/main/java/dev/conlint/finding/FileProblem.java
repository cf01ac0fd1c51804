package dev.conlint.finding;

import java.nio.file.Path;

/**
 * A file that could not be analysed (unreadable, not Java, too deeply nested, ...), or a path
 * problem met during discovery. {@code message} is one line, fit for a user.
 */
public record FileProblem(Path file, String message) implements Comparable<FileProblem> {

    @Override
    public int compareTo(FileProblem other) {
        int c = file.toString().compareTo(other.file.toString());
        return c != 0 ? c : message.compareTo(other.message);
    }
}
