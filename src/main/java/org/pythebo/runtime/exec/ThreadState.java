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
    /** The thread's current contextvars.Context (kept by _contextvars), null until first asked for. */
    public Object context;
    /** sys.set_asyncgen_hooks's firstiter and finalizer for this thread; null for None. */
    public Object asyncgenFirstiter;
    public Object asyncgenFinalizer;
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

    /**
     * Set by the thread that receives a signal when a Python handler waits to run here (only the
     * main thread's is ever set); read at every call and loop back-edge, so it is written only
     * when a signal arrives and when the handlers are about to run.
     */
    public volatile boolean signalPending;
    /** The Java thread running this state, once attached: what a signal wakes from a blocking wait. */
    private Thread javaThread;
    /** Whether the thread is in a wait that a signal may interrupt (guarded by {@code waitLock}). */
    private boolean inSignalWait;
    private final Object waitLock = new Object();

    /** What runs when the thread ends (_thread._set_sentinel's release); touched by this thread only. */
    private ArrayList<Runnable> exitActions;

    public ThreadState(Interpreter interp) {
        this.interp = interp;
    }

    /** Makes this the state {@link #current()} returns on the calling Java thread. */
    public void attach() {
        CURRENT.set(this);
        javaThread = Thread.currentThread();
    }

    /** As {@link #attach}, for the thread running the main program: the one signal handlers run on. */
    public void attachAsMain() {
        attach();
        interp.mainThread = this;
    }

    /** Whether this is the interpreter's main thread, the only one the signal module serves. */
    public boolean isMainThread() {
        return interp.mainThread == this;
    }

    /** Runs the handlers of the signals that arrived (CPython's PyErr_CheckSignals); a handler's exception propagates. */
    public void runSignalHandlers() {
        signalPending = false;
        SignalDispatcher dispatcher = interp.signals;
        if (dispatcher != null) {
            dispatcher.runHandlers(this);
        }
    }

    /** A wait that a signal interrupts: {@code nanos} is the longest to wait, negative for no limit. */
    @FunctionalInterface
    public interface BlockingWait {
        boolean await(long nanos) throws InterruptedException;
    }

    /**
     * Runs a blocking wait as CPython's waits behave under signals (PEP 475): on the main thread
     * a signal wakes it, the handlers run (an exception from one propagates out of the wait), and
     * the wait resumes with what remains of its timeout. Returns the wait's result; false when
     * another thread interrupts it.
     */
    public boolean blockingWait(long nanos, BlockingWait wait) {
        if (!isMainThread()) {
            try {
                return wait.await(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        long deadline = nanos < 0 ? 0 : System.nanoTime() + nanos;
        while (true) {
            if (signalPending) {
                runSignalHandlers();
            }
            long left = nanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime());
            if (beginSignalWait()) {
                try {
                    return wait.await(left);
                } catch (InterruptedException e) {
                    // a signal arrived: its handlers run at the top of the loop
                } finally {
                    endSignalWait();
                }
            }
        }
    }

    /**
     * Marks the start of a wait that {@link #wakeForSignal} interrupts; false (and no wait begun)
     * when a signal is already pending. Every true return must be followed by {@link #endSignalWait}.
     */
    public boolean beginSignalWait() {
        synchronized (waitLock) {
            inSignalWait = true;
        }
        if (signalPending) {
            endSignalWait();
            return false;
        }
        return true;
    }

    /** Ends a wait begun by {@link #beginSignalWait}, dropping the interrupt a signal may have left. */
    public void endSignalWait() {
        synchronized (waitLock) {
            inSignalWait = false;
            Thread.interrupted();
        }
    }

    /**
     * Called by the thread that received a signal, after setting {@link #signalPending}: interrupts
     * this thread's wait if it is in one. Only such waits are interrupted, never other blocking
     * calls (an interrupt would close a file channel in use).
     */
    public void wakeForSignal() {
        synchronized (waitLock) {
            if (inSignalWait && javaThread != null) {
                javaThread.interrupt();
            }
        }
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
