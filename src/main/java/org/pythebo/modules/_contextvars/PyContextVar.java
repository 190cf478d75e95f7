package org.pythebo.modules._contextvars;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.text.Repr;

/**
 * {@code contextvars.ContextVar}: a name, an optional default, and its value in each context.
 * The last lookup is remembered with the mapping it was made in (an immutable record, so threads
 * racing on it see a whole one), which makes repeated {@code get()} in one context a compare.
 */
public final class PyContextVar extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_contextvars.ContextVar", PyType.OBJECT, PyContextVar.class,
            PyType.Layout.OBJECT).notSubclassable();

    final String name;
    /** The default value, or null when there is none. */
    final Object defaultValue;
    private volatile Cached cached;

    private record Cached(ContextVars vars, Object value) {}

    private PyContextVar(String name, Object defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() { return TYPE; }

    /** {@code ContextVar(name, *, default=...)}: CPython takes the name by position only. */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (args.length != 1) {
            throw PyException.typeError("ContextVar() takes " + (args.length == 0 ? "exactly" : "at most")
                    + " 1 positional argument (" + args.length + " given)");
        }
        Object[] dflt = {null};
        kwargs.forEachEntry((k, v) -> {
            if ("default".equals(k)) {
                dflt[0] = v;
            } else {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for ContextVar()");
            }
        });
        if (!(args[0] instanceof String s)) {
            throw PyException.typeError("context variable name must be a str");
        }
        return new PyContextVar(s, dflt[0]);
    }

    /** The value in the current context, else {@code dflt} if given, else the variable's default. */
    Object lookup(ThreadState ts) {
        ContextVars vars = PyContext.current(ts).vars;
        Cached c = cached;
        if (c != null && c.vars() == vars) {
            return c.value();
        }
        Object v = vars.get(this);
        cached = new Cached(vars, v);
        return v;
    }

    @PyMethod(value = "($self, default=?, /)", doc = """
            Return a value for the context variable for the current context.

            If there is no value for the variable in the current context, the method will:
             * return the value of the default argument of the method, if provided; or
             * return the default value for the context variable, if it was created
               with one; or
             * raise a LookupError.""")
    public static Object get(ThreadState ts, Object self, Object dflt) {
        PyContextVar var = (PyContextVar) self;
        Object v = var.lookup(ts);
        if (v != null) {
            return v;
        }
        if (dflt != null) {
            return dflt;
        }
        if (var.defaultValue != null) {
            return var.defaultValue;
        }
        throw new PyException(new PyBaseException(Exc.LookupError, PyTuple.of(var)));
    }

    @PyMethod(value = "($self, value, /)", doc = """
            Call to set a new value for the context variable in the current context.

            The required value argument is the new value for the context variable.

            Returns a Token object that can be used to restore the variable to its previous
            value via the `ContextVar.reset()` method.""")
    public static Object set(ThreadState ts, Object self, Object value) {
        PyContextVar var = (PyContextVar) self;
        PyContext ctx = PyContext.current(ts);
        ContextVars vars = ctx.vars;
        ctx.vars = vars.with(var, value);
        return new PyToken(ctx, var, vars.get(var));
    }

    @PyMethod(value = "($self, token, /)", doc = """
            Reset the context variable.

            The variable is reset to the value it had before the `ContextVar.set()` that
            created the token was used.""")
    public static Object reset(ThreadState ts, Object self, Object token) {
        PyContextVar var = (PyContextVar) self;
        if (!(token instanceof PyToken t)) {
            throw PyException.typeError("expected an instance of Token, got " + Ops.repr(ts, token));
        }
        if (t.isUsed()) {
            throw PyException.runtimeError(PyToken.repr(ts, t) + " has already been used once");
        }
        if (t.var != var) {
            throw PyException.valueError(PyToken.repr(ts, t) + " was created by a different ContextVar");
        }
        PyContext ctx = PyContext.current(ts);
        if (t.ctx != ctx) {
            throw PyException.valueError(PyToken.repr(ts, t) + " was created in a different Context");
        }
        if (!t.markUsed()) {
            throw PyException.runtimeError(PyToken.repr(ts, t) + " has already been used once");
        }
        ctx.vars = t.oldValue == null ? ctx.vars.without(var) : ctx.vars.with(var, t.oldValue);
        return null;
    }

    @PyGetter("name")
    public static Object name(Object self) {
        return ((PyContextVar) self).name;
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        return repr(ts, (PyContextVar) self);
    }

    static String repr(ThreadState ts, PyContextVar var) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Repr.str(var.name));
        if (var.defaultValue != null) {
            sb.append(" default=").append(Ops.repr(ts, var.defaultValue));
        }
        return sb.append(" at 0x").append(Long.toHexString(Ops.id(var))).append('>').toString();
    }

    @PyMethod("($type, item, /)")
    public static Object __class_getitem__(Object cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
