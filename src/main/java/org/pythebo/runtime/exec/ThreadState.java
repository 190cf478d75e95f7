package org.pythebo.runtime.exec;

import java.util.ArrayList;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.PyHash;

/**
 * What CPython keeps per thread: the frame chain (tracebacks, sys._getframe), the call depth
 * (RecursionError), and the exceptions being handled (sys.exc_info, implicit chaining). Each
 * Python thread has one; the engine passes it along explicitly, in every frame.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** The interpreter this thread runs Python code for. */
    public final Interpreter interp;
    public int depth;
    /** The hashes of the str objects this thread hashed last (CPython caches them in the str). */
    public final PyHash.Cache strHashes = new PyHash.Cache();
    public Frame frame;
    /**
     * Exceptions being handled by except/finally blocks, innermost last. A running generator
     * swaps in its own stack (CPython's per-generator exc_state), linked to the caller's.
     */
    HandledStack handled = new HandledStack();

    /** One level of the exc_info chain: the thread's own, or a running generator's. */
    static final class HandledStack {
        final ArrayList<PyBaseException> items = new ArrayList<>(4);
        HandledStack outer;
    }

    /** What runs when the thread ends (_thread._set_sentinel's release); touched by this thread only. */
    private ArrayList<Runnable> exitActions;

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

    public void onExit(Runnable action) {
        if (exitActions == null) {
            exitActions = new ArrayList<>(1);
        }
        exitActions.add(action);
    }

    /** Called by the thread's own code when it is about to end. */
    public void runExitActions() {
        if (exitActions != null) {
            exitActions.forEach(Runnable::run);
            exitActions = null;
        }
    }

    public void pushHandled(PyBaseException e) {
        handled.items.add(e);
    }

    public void popHandled() {
        handled.items.remove(handled.items.size() - 1);
    }

    /** The exception sys.exc_info() reports, or null: the innermost of the whole chain. */
    public PyBaseException currentHandled() {
        for (HandledStack s = handled; s != null; s = s.outer) {
            if (!s.items.isEmpty()) {
                return s.items.get(s.items.size() - 1);
            }
        }
        return null;
    }

    /** Makes {@code generatorStack} the innermost level while a generator runs. */
    void enterGenerator(HandledStack generatorStack) {
        generatorStack.outer = handled;
        handled = generatorStack;
    }

    void leaveGenerator(HandledStack generatorStack) {
        handled = generatorStack.outer;
        generatorStack.outer = null;
    }

    /** Counts a Python call; raises RecursionError past the limit. */
    public void enterCall() {
        if (++depth > interp.recursionLimit) {
            depth--;
            throw PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    public void leaveCall() {
        depth--;
    }
}
