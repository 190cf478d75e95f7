package org.pythebo.runtime.exec;

/**
 * The signal module's side of signal handling, as the interpreter loop sees it: the loop notices
 * {@link ThreadState#signalPending} at its safe points and lets the module run the handlers.
 */
public interface SignalDispatcher {
    /** Runs the Python handlers of the signals that arrived; a handler's exception propagates. */
    void runHandlers(ThreadState ts);

    /**
     * Sends a signal to this process with {@code send} and, when it is one a Python handler
     * catches, waits until it has been recorded and runs the handlers, so that the handler has run
     * when the sending call returns, as in CPython.
     */
    void sendToSelf(ThreadState ts, int signal, Runnable send);
}
