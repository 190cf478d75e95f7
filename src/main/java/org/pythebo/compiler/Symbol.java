package org.pythebo.compiler;

/**
 * One name of a {@link Scope}: the definition flags CPython 3.11's symtable collects while walking
 * the scope, and the single {@link Resolution} its analysis settles on. For function scopes it
 * also carries the indexed slots the engine uses instead of a dictionary.
 */
public final class Symbol {

    /** How a name is reached, as CPython's {@code _PyST_GetScope} reports it. */
    public enum Resolution {
        /** Bound in this scope: a fast local in functions, a namespace entry in modules and classes. */
        LOCAL,
        /** Declared {@code global} here or in the enclosing code that binds it globally. */
        GLOBAL_EXPLICIT,
        /** Not bound in any enclosing function: the module globals, then the builtins. */
        GLOBAL_IMPLICIT,
        /** Bound in an enclosing function and reached through a cell of the closure. */
        FREE,
        /** Bound here and captured by a nested scope, so it lives in a cell. */
        CELL
    }

    // The definition flags, with the values of CPython 3.11's symtable.h (DEF_*).
    public static final int GLOBAL = 1;
    public static final int LOCAL = 2;
    public static final int PARAM = 4;
    public static final int NONLOCAL = 8;
    public static final int USE = 16;
    public static final int FREE = 32;
    /** A free variable of a method that the class body also binds or declares global. */
    public static final int FREE_CLASS = 64;
    public static final int IMPORT = 128;
    public static final int ANNOT = 256;
    /** Bound as a comprehension's iteration variable. */
    public static final int COMP_ITER = 512;
    public static final int BOUND = LOCAL | PARAM | IMPORT;

    /** The name as stored, after private name mangling. */
    public final String name;
    int flags;
    Resolution resolution;
    int localSlot = -1;
    int cellSlot = -1;

    Symbol(String name) {
        this.name = name;
    }

    public int flags() { return flags; }

    public Resolution resolution() { return resolution; }

    public boolean isParameter() { return (flags & PARAM) != 0; }

    /** Assigned, deleted or otherwise bound by a statement of this scope (not by import). */
    public boolean isAssigned() { return (flags & LOCAL) != 0; }

    public boolean isImported() { return (flags & IMPORT) != 0; }

    public boolean isAnnotated() { return (flags & ANNOT) != 0; }

    public boolean isReferenced() { return (flags & USE) != 0; }

    public boolean isNonlocal() { return (flags & NONLOCAL) != 0; }

    public boolean isDeclaredGlobal() { return resolution == Resolution.GLOBAL_EXPLICIT; }

    public boolean isGlobal() {
        return resolution == Resolution.GLOBAL_EXPLICIT || resolution == Resolution.GLOBAL_IMPLICIT;
    }

    public boolean isLocal() { return resolution == Resolution.LOCAL || resolution == Resolution.CELL; }

    public boolean isFree() { return resolution == Resolution.FREE; }

    public boolean isCell() { return resolution == Resolution.CELL; }

    /**
     * Index of this name's slot among the function's locals ({@link Scope#varnames()}), or -1:
     * parameters and locals of function scopes have one. A parameter that is also a cell has both
     * slots: its argument arrives in the local slot and moves into the cell when the call starts.
     */
    public int localSlot() { return localSlot; }

    /**
     * Index of this name's cell in the frame's cell array ({@link Scope#cellvars()} followed by
     * {@link Scope#freevars()}), or -1 when the name has no cell.
     */
    public int cellSlot() { return cellSlot; }

    @Override
    public String toString() {
        return name + " " + resolution + " " + flags;
    }
}
