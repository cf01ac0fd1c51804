package dev.conlint.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub's {@code primaryLocationLineHash}, computed the way {@code src/fingerprints.ts} of
 * github/codeql-action does when upload-sarif fills it in. conlint writes it itself so uploads through
 * the REST API (which computes nothing) match alerts across runs too.
 *
 * <p>For each line: a rolling hash (base 37, wrapping 64-bit arithmetic) over the 100 characters that
 * start at the line's first character, where spaces and tabs are skipped, CR and CRLF count as LF, and
 * the text is followed by the char 65535 and zeros. Characters are UTF-16 code units, exactly Java's
 * {@code char}. The value is the unsigned hex hash, ":" and how many lines so far had the same hash.
 */
final class LineHash {

    private static final int BLOCK_SIZE = 100;
    private static final long BASE = 37;
    private static final long BASE_POW_BLOCK = power(BASE, BLOCK_SIZE);
    private static final int END_OF_FILE = 65535;

    // Rolling state of one pass over one text.
    private final int[] window = new int[BLOCK_SIZE];
    private final int[] lineAt = new int[BLOCK_SIZE];
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> hashes = new ArrayList<>();
    private long hash;
    private int index;
    private int lineCount;
    private boolean atLineStart = true;
    private boolean afterCr;

    private LineHash() {
        Arrays.fill(lineAt, -1);
    }

    /** The hash of every line of {@code text}; element 0 belongs to line 1. */
    static List<String> of(CharSequence text) {
        LineHash pass = new LineHash();
        for (int i = 0; i < text.length(); i++) {
            pass.accept(text.charAt(i));
        }
        pass.accept(END_OF_FILE);
        for (int i = 0; i < BLOCK_SIZE; i++) {
            pass.emitIfLineStartsHere();
            pass.roll(0);
        }
        return List.copyOf(pass.hashes);
    }

    private void accept(int c) {
        if (c == ' ' || c == '\t' || (afterCr && c == '\n')) {
            afterCr = false;
            return;
        }
        afterCr = c == '\r';
        if (afterCr) {
            c = '\n';
        }
        emitIfLineStartsHere();
        if (atLineStart) {
            atLineStart = false;
            lineAt[index] = ++lineCount;
        }
        atLineStart = c == '\n';
        roll(c);
    }

    /** A full window has passed since the character in this slot: if it began a line, hash it. */
    private void emitIfLineStartsHere() {
        if (lineAt[index] == -1) {
            return;
        }
        String hex = Long.toHexString(hash);
        int occurrence = seen.merge(hex, 1, Integer::sum);
        // Lines leave the window in the order they entered it, so hashes.size() == lineAt[index] - 1.
        hashes.add(hex + ":" + occurrence);
        lineAt[index] = -1;
    }

    private void roll(int c) {
        int leaving = window[index];
        window[index] = c;
        hash = BASE * hash + c - BASE_POW_BLOCK * leaving;
        index = (index + 1) % BLOCK_SIZE;
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
