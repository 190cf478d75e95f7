package org.pythebo.runtime.exec;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.StructSeq;

/**
 * Exceptions that cannot be raised to anyone (CPython's PyErr_WriteUnraisable): one escaping a
 * weak reference callback, an atexit function or a thread's function is handed to
 * {@code sys.unraisablehook}, whose default writes it to sys.stderr.
 */
public final class Unraisable {
    private Unraisable() {}

    /** {@code sys.UnraisableHookArgs}: what the hook receives. */
    public static final StructSeq.Spec HOOK_ARGS = new StructSeq.Spec("sys", "UnraisableHookArgs", 5, true,
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object");

    /**
     * Reports {@code exc} about {@code obj} (null: none) through sys.unraisablehook. {@code errMsg}
     * is the hook's err_msg, as "Exception ignored in thread started by", or null for the
     * default wording "Exception ignored in". A hook that fails is itself reported by the default
     * writer, as CPython does.
     */
    public static void report(ThreadState ts, PyBaseException exc, String errMsg, Object obj) {
        Object msg = errMsg == null ? Singleton.NONE : errMsg;
        Object object = obj == null ? Singleton.NONE : obj;
        Object hook = ts.interp.sys == null ? null : ts.interp.sys.globals.get("unraisablehook");
        if (hook == null || hook == Singleton.NONE) {
            writeDefault(ts, exc.type(), exc, PyBaseException.getTraceback(exc), msg, object);
            return;
        }
        try {
            Ops.call(ts, hook, HOOK_ARGS.make(exc.type(), exc, PyBaseException.getTraceback(exc), msg, object));
        } catch (PyException e) {
            writeDefault(ts, e.exc.type(), e.exc, PyBaseException.getTraceback(e.exc),
                    "Exception ignored in sys.unraisablehook", hook);
        } catch (StackOverflowError e) {
            PyBaseException overflow = PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded");
            writeDefault(ts, overflow.type(), overflow, Singleton.NONE, "Exception ignored in sys.unraisablehook", hook);
        }
    }

    /**
     * The default hook's text (sys.__unraisablehook__) on sys.stderr: "err_msg: repr(object)",
     * the traceback without chained exceptions, and "module.Type: str(value)" (with the colon
     * even when the message is empty).
     */
    public static void writeDefault(ThreadState ts, Object excType, Object excValue, Object tb, Object errMsg,
                                    Object obj) {
        StringBuilder sb = new StringBuilder();
        if (obj != Singleton.NONE) {
            sb.append(errMsg instanceof String m ? m : "Exception ignored in").append(": ");
            try {
                sb.append(Ops.repr(ts, obj));
            } catch (PyException e) {
                sb.append("<object repr() failed>");
            }
            sb.append('\n');
        } else if (errMsg instanceof String m) {
            sb.append(m).append(":\n");
        }
        if (tb instanceof Traceback t && !t.entries.isEmpty()) {
            PyBaseException standIn = PyBaseException.create(Exc.BaseException, null);
            standIn.traceback.addAll(t.entries);
            String text = Traceback.format(ts, standIn);
            sb.append(text, 0, text.length() - "BaseException\n".length());
        }
        if (excType instanceof PyType type) {
            sb.append(typeName(type));
            if (excValue != Singleton.NONE) {
                sb.append(": ");
                try {
                    sb.append(Ops.str(ts, excValue));
                } catch (PyException e) {
                    sb.append("<exception str() failed>");
                }
            }
            sb.append('\n');
        }
        ts.interp.writeError(ts, sb.toString());
    }

    /** The exception type as the report names it: qualified by its module unless builtins or __main__. */
    private static String typeName(PyType t) {
        Object module = t.module();
        String qualname = t.heapType ? t.qualname() : t.shortName();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            return m + "." + qualname;
        }
        return qualname;
    }
}
