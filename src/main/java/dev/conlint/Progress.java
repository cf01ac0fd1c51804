package dev.conlint;

/**
 * Told how far parsing has come, on the thread that runs the scan. The scanner never prints; a
 * front door decides whether and how to show progress.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void parsed(int done, int total);
}
