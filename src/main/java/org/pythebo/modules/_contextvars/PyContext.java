package org.pythebo.modules._contextvars;

import java.util.concurrent.atomic.AtomicBoolean;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code contextvars.Context}: an immutable mapping of variables to values that a thread makes
 * current while {@link #run} calls into it. Each thread starts with an empty context of its own
 * (kept in its ThreadState); a context is entered by one thread at a time.
 */
public final class PyContext extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_contextvars.Context", PyType.OBJECT, PyContext.class,
            PyType.Layout.OBJECT).notSubclassable();
    static final PyType KEYS = iteratorType("keys");
    static final PyType VALUES = iteratorType("values");
    static final PyType ITEMS = iteratorType("items");

    static {
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    private static PyType iteratorType(String name) {
        return PyType.newBuiltin(name, PyType.ITERATOR, null, PyType.Layout.OBJECT).notSubclassable();
    }

    /** The variables' values; replaced whole by each set or reset in this context. */
    volatile ContextVars vars;
    private final AtomicBoolean entered = new AtomicBoolean();
    /** The context the entering thread had before run entered this one. */
    private Object previous;

    PyContext(ContextVars vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() { return TYPE; }

    /** The thread's current context, made empty on first use. */
    static PyContext current(ThreadState ts) {
        if (ts.context instanceof PyContext c) {
            return c;
        }
        PyContext c = new PyContext(ContextVars.EMPTY);
        ts.context = c;
        return c;
    }

    /** {@code copy_context()}: a new context with the current one's values. */
    static PyContext copyCurrent(ThreadState ts) {
        return new PyContext(current(ts).vars);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (args.length > 0 || kwargs.size() > 0) {
            throw PyException.typeError("Context() does not accept any arguments");
        }
        return new PyContext(ContextVars.EMPTY);
    }

    /** {@code ctx.run(callable, *args, **kwargs)}: the call with this context current in the calling thread. */
    @PyMethod("($self, *args, **kwargs)")
    public static Object run(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        PyContext ctx = (PyContext) self;
        if (args.length == 0) {
            throw PyException.typeError("run() missing 1 required positional argument");
        }
        if (!ctx.entered.compareAndSet(false, true)) {
            throw PyException.runtimeError("cannot enter context: " + Ops.repr(ts, ctx) + " is already entered");
        }
        ctx.previous = ts.context;
        ts.context = ctx;
        try {
            String[] kwnames = new String[kwargs.size()];
            Object[] all = new Object[args.length - 1 + kwnames.length];
            System.arraycopy(args, 1, all, 0, args.length - 1);
            int[] i = {0};
            kwargs.forEachEntry((k, v) -> {
                kwnames[i[0]] = (String) k;
                all[args.length - 1 + i[0]++] = v;
            });
            return Ops.call(ts, args[0], all, kwnames.length == 0 ? null : kwnames);
        } finally {
            ts.context = ctx.previous;
            ctx.previous = null;
            ctx.entered.set(false);
        }
    }

    @PyMethod(value = "($self, /)", doc = "Return a shallow copy of the context object.")
    public static Object copy(Object self) {
        return new PyContext(((PyContext) self).vars);
    }

    private static PyContextVar key(Object key) {
        if (key instanceof PyContextVar v) {
            return v;
        }
        throw PyException.typeError("a ContextVar key was expected, got " + Ops.repr(ThreadState.current(), key));
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        Object v = ((PyContext) self).vars.get(key(key));
        if (v == null) {
            throw PyException.keyError(key);
        }
        return v;
    }

    @PyMethod(value = "($self, key, default=None, /)", doc = """
            Return the value for `key` if `key` has the value in the context object.

            If `key` does not exist, return `default`. If `default` is not given,
            return None.""")
    public static Object get(Object self, Object key, Object dflt) {
        Object v = ((PyContext) self).vars.get(key(key));
        return v == null ? dflt : v;
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(Object self, Object key) {
        return ((PyContext) self).vars.get(key(key)) != null;
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) {
        return (long) ((PyContext) self).vars.size();
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        return keys(self);
    }

    @PyMethod(value = "($self, /)", doc = "Return a list of all variables in the context object.")
    public static Object keys(Object self) {
        ContextVars v = ((PyContext) self).vars;
        return new Items(KEYS, v.vars.clone());
    }

    @PyMethod(value = "($self, /)", doc = "Return a list of all variables' values in the context object.")
    public static Object values(Object self) {
        return new Items(VALUES, ((PyContext) self).vars.values.clone());
    }

    @PyMethod(value = "($self, /)", doc = "Return all variables and their values in the context object.\n\n"
            + "The result is returned as a list of 2-tuples (variable, value).")
    public static Object items(Object self) {
        ContextVars v = ((PyContext) self).vars;
        Object[] pairs = new Object[v.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = PyTuple.of(v.vars[i], v.values[i]);
        }
        return new Items(ITEMS, pairs);
    }

    /** Two contexts are equal when they map the same variables to equal values. */
    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyContext o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        ContextVars a = ((PyContext) self).vars;
        ContextVars b = o.vars;
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object bv = b.get(a.vars[i]);
            if (bv == null || !Ops.eq(ts, a.values[i], bv)) {
                return false;
            }
        }
        return true;
    }

    /** The iterators keys(), values(), items() and iter() give, over the mapping as it was. */
    static final class Items extends PyIterator {
        private final Object[] items;
        private int next;

        Items(PyType type, Object[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            return next < items.length ? items[next++] : null;
        }
    }
}
