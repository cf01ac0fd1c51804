package dev.conlint.runtime;

/** {@link EventLoop#run} called on a thread that is already running an event loop. */
public final class NestedLoopException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    NestedLoopException(String loopName) {
        super("cannot run an event loop while another loop (" + loopName + ") is running on this thread");
    }
}
