package dev.conlint.cli;

/** A mistake of the user's (bad option, missing path, bad config): exit 2 with one line. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message);
    }
}
