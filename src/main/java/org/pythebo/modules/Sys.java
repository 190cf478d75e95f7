package org.pythebo.modules;

import org.pythebo.runtime.Exc;
import org.pythebo.runtime.Exposer;
import org.pythebo.runtime.Globals;
import org.pythebo.runtime.Interpreter;
import org.pythebo.runtime.Ops;
import org.pythebo.runtime.PyAttrs.PyMethod;
import org.pythebo.runtime.PyBaseException;
import org.pythebo.runtime.PyException;
import org.pythebo.runtime.PyList;
import org.pythebo.runtime.PyModule;
import org.pythebo.runtime.PyTuple;
import org.pythebo.runtime.Singleton;
import org.pythebo.runtime.ThreadState;

/** The core of {@code sys}. */
public final class Sys {
    private Sys() {}

    public static PyModule create(Interpreter interp, String[] argv) {
        Globals g = new Globals(null);
        g.put("__name__", "sys");
        java.util.Map<String, Object> fns = new java.util.LinkedHashMap<>();
        Exposer.exposeFunctions(Sys.class, fns);
        fns.forEach(g::put);
        g.put("argv", new PyList(argv.clone()));
        g.put("stdout", interp.stdout);
        g.put("stderr", interp.stderr);
        g.put("__stdout__", interp.stdout);
        g.put("__stderr__", interp.stderr);
        g.put("maxsize", Long.MAX_VALUE);
        g.put("byteorder", "little");
        g.put("platform", "linux");
        g.put("version", "3.11.7 (Pythebo)");
        g.put("version_info", PyTuple.of(3L, 11L, 7L, "final", 0L));
        g.put("hexversion", 0x030B07F0L);
        g.put("path", new PyList());
        g.put("modules", interp.modules);
        g.put("executable", "");
        return new PyModule("sys", g);
    }

    @PyMethod("($module, status=None, /)")
    public static Object exit(Object status) {
        throw new PyException(new PyBaseException(Exc.SystemExit,
                status == Singleton.NONE ? PyTuple.EMPTY : PyTuple.of(status)));
    }

    @PyMethod("($module, /)")
    public static Object getrecursionlimit() { return (long) ThreadState.recursionLimit; }

    @PyMethod("($module, limit, /)")
    public static Object setrecursionlimit(ThreadState ts, Object limit) {
        if (limit instanceof Double) {
            throw PyException.typeError("'float' object cannot be interpreted as an integer");
        }
        long n = Ops.index(limit);
        if (n < 1) {
            throw PyException.valueError("recursion limit must be greater or equal than 1");
        }
        if (n <= ts.depth) {
            throw PyException.of(Exc.RecursionError, "cannot set the recursion limit to " + n + " at the recursion depth "
                    + ts.depth + ": the limit is too low");
        }
        ThreadState.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
        return null;
    }

    @PyMethod("($module, /)")
    public static Object exc_info(ThreadState ts) {
        PyBaseException e = ts.currentHandled();
        if (e == null) {
            return PyTuple.of(Singleton.NONE, Singleton.NONE, Singleton.NONE);
        }
        return PyTuple.of(e.type(), e, PyBaseException.getTraceback(e));
    }

    @PyMethod("($module, /)")
    public static Object exception(ThreadState ts) {
        PyBaseException e = ts.currentHandled();
        return e == null ? Singleton.NONE : e;
    }

    @PyMethod("($module, string, /)")
    public static Object intern(Object s) {
        if (!(s instanceof String str)) {
            throw PyException.typeError("intern() argument must be str, not " + Ops.typeName(s));
        }
        return str.intern();
    }
}
