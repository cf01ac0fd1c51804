package dev.conlint.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of the files that findings point into, read at most once per report. Reports need it for
 * snippets and fingerprints; a file that cannot be read (deleted since the scan, unreadable) simply
 * has no text, and the report leaves out what depends on it.
 *
 * <p>One instance belongs to one {@code write} call and is not shared between threads.
 */
final class SourceFiles {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final Map<Path, Optional<String>> texts = new HashMap<>();
    private final Map<Path, List<String>> lines = new HashMap<>();
    private final Map<Path, List<String>> lineHashes = new HashMap<>();

    /** The whole file, decoded as UTF-8 with malformed bytes replaced (as GitHub's action reads it). */
    Optional<String> text(Path file) {
        return texts.computeIfAbsent(file, SourceFiles::read);
    }

    /** Line {@code number} (1-based) without its line break, if the file and the line exist. */
    Optional<String> line(Path file, int number) {
        List<String> all = lines.computeIfAbsent(file,
                f -> text(f).map(t -> List.of(LINE_BREAK.split(t, -1))).orElse(List.of()));
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    /** GitHub's {@code primaryLocationLineHash} of line {@code number}, if the file can be read. */
    Optional<String> lineHash(Path file, int number) {
        List<String> all = lineHashes.computeIfAbsent(file,
                f -> text(f).map(LineHash::of).orElse(List.of()));
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    private static Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }
}
