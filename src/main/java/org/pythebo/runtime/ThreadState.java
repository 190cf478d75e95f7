package org.pythebo.runtime;

import java.util.ArrayList;

/**
 * What CPython keeps per thread: the frame chain (tracebacks, sys._getframe), the call depth
 * (RecursionError), and the exceptions being handled (sys.exc_info, implicit chaining). Each
 * Python thread has one; the engine passes it along explicitly, in every frame.
 */
public final class ThreadState {
    /** sys.getrecursionlimit(): interpreter-wide, as in CPython. */
    public static volatile int recursionLimit = 1000;

    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** The interpreter this thread runs Python code for. */
    public final Interpreter interp;
    public int depth;
    public Frame frame;
    /** Exceptions being handled by except/finally blocks, innermost last. */
    final ArrayList<PyBaseException> handled = new ArrayList<>();

    public ThreadState(Interpreter interp) {
        this.interp = interp;
    }

    /** Makes this the state {@link #current()} returns on the calling Java thread. */
    public void attach() {
        CURRENT.set(this);
    }

    /**
     * The state of the calling Java thread, for the rare entry points that have none at hand
     * (such as __index__ called from a conversion); the engine passes it explicitly everywhere else.
     */
    public static ThreadState current() {
        return CURRENT.get();
    }

    public void pushHandled(PyBaseException e) {
        handled.add(e);
    }

    public void popHandled() {
        handled.remove(handled.size() - 1);
    }

    /** The exception sys.exc_info() reports, or null. */
    public PyBaseException currentHandled() {
        return handled.isEmpty() ? null : handled.get(handled.size() - 1);
    }

    public int handledDepth() {
        return handled.size();
    }

    /** Drops handled entries above {@code depth} (a return or break out of an except block). */
    public void restoreHandled(int depth) {
        while (handled.size() > depth) {
            handled.remove(handled.size() - 1);
        }
    }

    /** Counts a Python call; raises RecursionError past the limit. */
    public void enterCall() {
        if (++depth > recursionLimit) {
            depth--;
            throw PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    public void leaveCall() {
        depth--;
    }
}
