package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyDict;

/**
 * One activation of a {@link PyCode}: indexed local slots, the cells (own cellvars, then the
 * closure's), the module globals, and for class bodies the namespace dict. A frame runs on one
 * thread at a time ({@link #ts}).
 */
public final class Frame {
    /** The running thread's state; a generator's frame gets the resuming thread's on each resume. */
    public ThreadState ts;
    public final PyCode code;
    public final Globals globals;
    public final Object[] locals;
    public final PyCell[] cells;
    /** The class body namespace, or null (functions use slots, modules use globals). */
    public final PyDict namespace;
    /** The locals of exec/eval when they are a mapping other than a dict (LOAD_NAME reads it), or null. */
    public Object localsMapping;
    /** A function frame's locals() dict: one per frame, refreshed from the slots on each call (3.11). */
    public PyDict localsDict;
    public Frame back;
    public Object returnValue;
    /** The generator or coroutine this frame belongs to, or null. */
    public Suspendable generator;
    /**
     * A re-entrant generator body's resume points (compiler.nodes.Resumable), one per node that
     * can hold a yield: where each stood when the body suspended (0: not suspended there), and
     * what it keeps meanwhile (a for loop's iterator, a with statement's manager).
     */
    public int[] resumeAt;
    public Object[] resumeState;
    /** The statement running now (f_lineno, sys._getframe); set by each block as it steps. */
    public org.pythebo.runtime.exec.StmtNode stmt;
    /** The frame's Python object, made on first request so that f_back and _getframe give the same one. */
    PyFrameObject pyFrame;

    public Frame(ThreadState ts, PyCode code, Globals globals, Object[] locals, PyCell[] cells, PyDict namespace) {
        this.ts = ts;
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.cells = cells;
        this.namespace = namespace;
    }
}
