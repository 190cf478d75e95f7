package org.pythebo.runtime;

/**
 * One activation of a {@link PyCode}: indexed local slots, the cells (own cellvars, then the
 * closure's), the module globals, and for class bodies the namespace dict. Frames belong to one
 * thread ({@link #ts}) and are never shared.
 */
public final class Frame {
    public final ThreadState ts;
    public final PyCode code;
    public final Globals globals;
    public final Object[] locals;
    public final PyCell[] cells;
    /** The class body namespace, or null (functions use slots, modules use globals). */
    public final PyDict namespace;
    public Frame back;
    public Object returnValue;

    public Frame(ThreadState ts, PyCode code, Globals globals, Object[] locals, PyCell[] cells, PyDict namespace) {
        this.ts = ts;
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.cells = cells;
        this.namespace = namespace;
    }
}
