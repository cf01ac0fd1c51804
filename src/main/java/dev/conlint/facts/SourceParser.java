package dev.conlint.facts;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.CommentsCollection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and parses one file into {@link FileFacts}, or says in one line why it cannot. Every
 * failure a user's file can cause ends here as an {@link Outcome} with a problem; nothing escapes.
 * One JavaParser per thread (JavaParser instances are not thread-safe).
 */
public final class SourceParser {

    /** Files above this size are reported, not parsed. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                    .setAttributeComments(false)));
    private final Set<String> tokenCalls;

    public SourceParser(Set<String> tokenCalls) {
        this.tokenCalls = Set.copyOf(tokenCalls);
    }

    /**
     * The facts of a file (null when it could not be analysed) and the problem met, if any. A file
     * can have both: it was analysed, with a caveat (read as ISO-8859-1).
     */
    public record Outcome(FileFacts facts, String problem, long lines, boolean parsed) {
        static Outcome skipped(String problem, long lines) {
            return new Outcome(null, problem, lines, false);
        }
    }

    public Outcome parse(Path file, boolean parseOnly) {
        String source;
        String caveat = null;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Outcome.skipped("file too large (" + size / (1024 * 1024) + " MiB; limit "
                        + MAX_BYTES / (1024 * 1024) + " MiB), skipped", 0);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return Outcome.skipped("empty file, nothing to analyse", 0);
            }
            if (isBinary(bytes)) {
                return Outcome.skipped("binary file, not Java source, skipped", 0);
            }
            try {
                source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                source = new String(bytes, StandardCharsets.ISO_8859_1);
                caveat = "not valid UTF-8, analysed as ISO-8859-1";
            }
        } catch (AccessDeniedException e) {
            return Outcome.skipped("permission denied", 0);
        } catch (IOException e) {
            return Outcome.skipped("cannot read: " + e.getClass().getSimpleName(), 0);
        }
        long lines = source.chars().filter(ch -> ch == '\n').count() + 1;
        try {
            ParseResult<CompilationUnit> result = parsers.get().parse(source);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                return Outcome.skipped(syntaxError(result.getProblems()), lines);
            }
            if (parseOnly) {
                return new Outcome(null, caveat, lines, true);
            }
            List<Comment> comments = result.getCommentsCollection().map(CommentsCollection::getComments)
                    .map(ArrayList::new).orElseGet(ArrayList::new);
            FileFacts facts = new FactExtractor(file, tokenCalls).extract(result.getResult().get(), (int) lines,
                    comments);
            return new Outcome(facts, caveat, lines, true);
        } catch (StackOverflowError e) {
            return Outcome.skipped("too deeply nested to analyse, skipped", lines);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String syntaxError(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "cannot parse";
        }
        Problem p = problems.get(0);
        String where = p.getLocation().flatMap(l -> l.getBegin().getRange())
                .map(r -> " at line " + r.begin.line + ", column " + r.begin.column).orElse("");
        String message = p.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > 160) {
            message = message.substring(0, 157) + "...";
        }
        return "syntax error" + where + ": " + message;
    }
}
