package org.pythebo.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A compiled block: the executable tree and the frame layout the compiler derived from the
 * scope (slots for locals, parameters first; cells for captured variables, then free variables).
 */
public final class PyCode extends PyObject {
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** What calling a function with this code returns: its result, or a suspended body. */
    public enum Flavor { PLAIN, GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public final Kind kind;
    public final String name;
    public final String qualname;
    /** co_filename; importlib may set it once more for a code loaded under another name. */
    public volatile String filename;
    public final int firstlineno;
    public final String[] varnames;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final boolean varargs;
    public final boolean varkw;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cellvar, the local slot of the parameter it starts from, or -1. */
    public final int[] cellFromParam;
    /** The source lines of the file, for tracebacks (index 0 is line 1). */
    public final String[] sourceLines;
    /** The executable tree; null until the first call when its lowering was deferred ({@link #lowerOnFirstCall}). */
    private volatile StmtNode body;
    /** Lowers a deferred body (and sets {@link #resumeSlots}); null once lowered. */
    private Function<PyCode, StmtNode> lowering;
    public Flavor flavor = Flavor.PLAIN;
    /**
     * For a generator lowered to re-entrant nodes: how many resume points its body has; 0
     * otherwise. Set with the body, so read it after {@link #body()}.
     */
    public int resumeSlots;
    /**
     * CO_ITERABLE_COROUTINE: a generator function's code that types.coroutine marked, whose
     * generators {@code await} and a coroutine's {@code yield from} accept.
     */
    public volatile boolean iterableCoroutine;

    public PyCode(Kind kind, String name, String qualname, String filename, int firstlineno, String[] varnames,
                  int argcount, int posonlyargcount, int kwonlyargcount, boolean varargs, boolean varkw,
                  String[] cellvars, String[] freevars, int[] cellFromParam, String[] sourceLines) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.varnames = varnames;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.varargs = varargs;
        this.varkw = varkw;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellFromParam = cellFromParam;
        this.sourceLines = sourceLines;
    }

    @Override
    public PyType type() { return PyType.CODE; }

    /** The executable tree, lowered now if this is the first call of a deferred body. */
    public StmtNode body() {
        StmtNode b = body;
        return b != null ? b : lowerDeferred();
    }

    public void setBody(StmtNode body) {
        this.body = body;
    }

    /**
     * Defers lowering the body to the first call: most functions of an imported module are never
     * called, and lowering them all would make every import pay for them.
     */
    public void lowerOnFirstCall(Function<PyCode, StmtNode> lowering) {
        this.lowering = lowering;
    }

    /** Lowers the body once; a thread that calls the function meanwhile waits for it. */
    private synchronized StmtNode lowerDeferred() {
        if (body == null) {
            body = lowering.apply(this);
            lowering = null;
        }
        return body;
    }

    /**
     * Runs the code in a fresh frame that the caller has filled: counts the call against the
     * recursion limit, links the frame for tracebacks, and turns a Java stack overflow into
     * RecursionError so the JVM never dies of deep recursion.
     */
    public Object run(Frame f) {
        if (flavor != Flavor.PLAIN) {
            return Suspendable.start(f, flavor);
        }
        ThreadState ts = f.ts;
        ts.enterCall();
        f.back = ts.frame;
        ts.frame = f;
        try {
            if (ts.signalPending) {
                ts.runSignalHandlers();
            }
            int r = body().exec(f);
            return r == StmtNode.RETURN ? f.returnValue : Singleton.NONE;
        } catch (StackOverflowError e) {
            throw PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        } finally {
            ts.frame = f.back;
            ts.leaveCall();
        }
    }

    private static PyCode c(Object self) {
        return (PyCode) self;
    }

    /** The nodes whose positions were asked for (tb_lasti), in order; co_positions() yields theirs. */
    private final List<Node> positionNodes = new ArrayList<>();

    /** The index of {@code node} among the code's positions, added on first request. */
    public int instructionIndex(Node node) {
        synchronized (positionNodes) {
            for (int i = 0; i < positionNodes.size(); i++) {
                if (positionNodes.get(i) == node) {
                    return i;
                }
            }
            positionNodes.add(node);
            return positionNodes.size() - 1;
        }
    }

    /** co_positions: (lineno, end_lineno, col_offset, end_col_offset) for each index tb_lasti gave out. */
    @PyMethod("($self, /)")
    public static Object co_positions(Object self) {
        List<Node> nodes = c(self).positionNodes;
        List<Object> out = new ArrayList<>();
        synchronized (nodes) {
            for (Node n : nodes) {
                out.add(PyTuple.of((long) n.lineno, (long) n.endLineno, (long) n.colOffset, (long) n.endColOffset));
            }
        }
        return Ops.iterObject(ThreadState.current(), new PyList(out.toArray()));
    }

    /**
     * code.replace: a copy running the same body under another name, qualname, file or first
     * line (jinja2 and pytest rename code to make frames that point into templates and tests),
     * or with co_flags's CO_ITERABLE_COROUTINE bit changed (what types.coroutine asks for).
     * Pythebo's code has no bytecode, constants or line table to replace: asking to change
     * those or other flags is a ValueError.
     */
    @PyMethod("""
            ($self, /, *, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, co_nlocals=-1, co_stacksize=-1, \
            co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, co_names=None, co_varnames=None, \
            co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, co_qualname=None, co_linetable=None, \
            co_exceptiontable=None)""")
    public static Object replace(ThreadState ts, Object self, Object argcount, Object posonlyargcount, Object kwonlyargcount,
                                 Object nlocals, Object stacksize, Object flags, Object firstlineno, Object code,
                                 Object consts, Object names, Object varnames, Object freevars, Object cellvars,
                                 Object filename, Object name, Object qualname, Object linetable, Object exceptiontable) {
        PyCode c = c(self);
        boolean iterable = c.iterableCoroutine;
        if (!(flags instanceof Long l && l == -1)) {
            long newFlags = Convert.asLong(ts, flags);
            if ((newFlags & ~0x100L) != ((Long) coFlags(c) & ~0x100L)) {
                throw PyException.valueError("code.replace() can change only CO_ITERABLE_COROUTINE of co_flags");
            }
            iterable = (newFlags & 0x100) != 0;
        }
        Object[] fixed = {argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize};
        String[] fixedNames = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize"};
        for (int i = 0; i < fixed.length; i++) {
            if (!(fixed[i] instanceof Long l && l == -1) && !Ops.eq(ts, fixed[i], Ops.getAttr(ts, c, fixedNames[i]))) {
                throw PyException.valueError("code.replace() cannot change " + fixedNames[i] + " in Pythebo");
            }
        }
        Object[] tables = {code, consts, names, varnames, freevars, cellvars, linetable, exceptiontable};
        String[] tableNames = {"co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable",
                "co_exceptiontable"};
        for (int i = 0; i < tables.length; i++) {
            if (tables[i] != Singleton.NONE && !Ops.eq(ts, tables[i], Ops.getAttr(ts, c, tableNames[i]))) {
                throw PyException.valueError("code.replace() cannot change " + tableNames[i] + " in Pythebo");
            }
        }
        String newName = replacement(name, c.name, "co_name");
        String newQualname = replacement(qualname, c.qualname, "co_qualname");
        String newFilename = replacement(filename, c.filename, "co_filename");
        int newFirstlineno = firstlineno instanceof Long l && l == -1 ? c.firstlineno : Convert.asInt(ts, firstlineno);
        PyCode copy = new PyCode(c.kind, newName, newQualname, newFilename, newFirstlineno, c.varnames, c.argcount,
                c.posonlyargcount, c.kwonlyargcount, c.varargs, c.varkw, c.cellvars, c.freevars, c.cellFromParam, c.sourceLines);
        copy.body = c.body();
        copy.flavor = c.flavor;
        copy.resumeSlots = c.resumeSlots;
        copy.iterableCoroutine = iterable;
        return copy;
    }

    private static String replacement(Object value, String current, String field) {
        if (value == Singleton.NONE) {
            return current;
        }
        if (!(value instanceof String s)) {
            throw PyException.typeError("replace() argument '" + field + "' must be str, not " + Ops.typeName(value));
        }
        return s;
    }

    @PyGetter("co_name")
    public static Object coName(Object self) { return c(self).name; }

    @PyGetter("co_qualname")
    public static Object coQualname(Object self) { return c(self).qualname; }

    /** _imp._fix_co_filename: the file the code was loaded for. */
    public void setFilename(String filename) {
        this.filename = filename;
    }

    @PyGetter("co_filename")
    public static Object coFilename(Object self) { return c(self).filename; }

    @PyGetter("co_firstlineno")
    public static Object coFirstlineno(Object self) { return (long) c(self).firstlineno; }

    @PyGetter("co_argcount")
    public static Object coArgcount(Object self) { return (long) c(self).argcount; }

    @PyGetter("co_posonlyargcount")
    public static Object coPosonly(Object self) { return (long) c(self).posonlyargcount; }

    @PyGetter("co_kwonlyargcount")
    public static Object coKwonly(Object self) { return (long) c(self).kwonlyargcount; }

    @PyGetter("co_nlocals")
    public static Object coNlocals(Object self) { return (long) c(self).localNames().length; }

    @PyGetter("co_varnames")
    public static Object coVarnames(Object self) { return PyTuple.of((Object[]) c(self).localNames()); }

    /** CPython's co_varnames: the parameters, then the locals that are not cells (a cell parameter is in both). */
    private String[] localNames() {
        int params = argcount + kwonlyargcount + (varargs ? 1 : 0) + (varkw ? 1 : 0);
        List<String> names = new ArrayList<>(varnames.length);
        for (int i = 0; i < varnames.length; i++) {
            if (i < params || !Arrays.asList(cellvars).contains(varnames[i])) {
                names.add(varnames[i]);
            }
        }
        return names.toArray(new String[0]);
    }

    @PyGetter("co_cellvars")
    public static Object coCellvars(Object self) { return PyTuple.of((Object[]) c(self).cellvars.clone()); }

    @PyGetter("co_freevars")
    public static Object coFreevars(Object self) { return PyTuple.of((Object[]) c(self).freevars.clone()); }

    @PyGetter("co_flags")
    public static Object coFlags(Object self) {
        PyCode code = c(self);
        long flags = (code.kind == Kind.FUNCTION ? 3 : 0) | (code.varargs ? 4 : 0) | (code.varkw ? 8 : 0)
                | (code.freevars.length > 0 ? 0x10 : 0)
                | switch (code.flavor) {
                    case PLAIN -> 0;
                    case GENERATOR -> 0x20;
                    case COROUTINE -> 0x80;
                    case ASYNC_GENERATOR -> 0x200;
                } | (code.iterableCoroutine ? 0x100 : 0);
        return flags;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
