package dev.conlint.knowledge;

/** A knowledge file that cannot be read or says something conlint does not understand. */
public final class KnowledgeException extends Exception {
    public KnowledgeException(String message) {
        super(message);
    }
}
