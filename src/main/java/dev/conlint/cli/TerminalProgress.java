package dev.conlint.cli;

import dev.conlint.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress counter on standard error, redrawn in place, for long scans on a terminal.
 * Never used when output is not a terminal, so logs and CI output stay clean.
 */
final class TerminalProgress implements Progress {

    /** Scans with fewer files finish before a counter would help. */
    static final int MIN_FILES = 1000;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private long last;
    private boolean drawn;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void parsed(int done, int total) {
        if (total < MIN_FILES) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        if (done < total) {
            err.printf(Locale.ROOT, "\rconlint: parsed %,d of %,d files", done, total);
            drawn = true;
        } else if (drawn) {
            err.print("\r" + " ".repeat(60) + "\r");
        }
        err.flush();
    }
}
