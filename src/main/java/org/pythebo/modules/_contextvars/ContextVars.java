package org.pythebo.modules._contextvars;

import java.util.Arrays;

/**
 * An immutable mapping from context variables to values: what a context holds. Setting makes a
 * new mapping, so copy_context shares one for free and a reader never sees a half-made change.
 * Contexts hold few variables, so the entries are two arrays searched by identity.
 */
final class ContextVars {
    static final ContextVars EMPTY = new ContextVars(new PyContextVar[0], new Object[0]);

    final PyContextVar[] vars;
    final Object[] values;

    private ContextVars(PyContextVar[] vars, Object[] values) {
        this.vars = vars;
        this.values = values;
    }

    int size() {
        return vars.length;
    }

    private int indexOf(PyContextVar var) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i] == var) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code var}, or null when it has none here. */
    Object get(PyContextVar var) {
        int i = indexOf(var);
        return i < 0 ? null : values[i];
    }

    ContextVars with(PyContextVar var, Object value) {
        int i = indexOf(var);
        if (i >= 0) {
            Object[] v = values.clone();
            v[i] = value;
            return new ContextVars(vars, v);
        }
        PyContextVar[] k = Arrays.copyOf(vars, vars.length + 1);
        Object[] v = Arrays.copyOf(values, values.length + 1);
        k[vars.length] = var;
        v[values.length] = value;
        return new ContextVars(k, v);
    }

    ContextVars without(PyContextVar var) {
        int i = indexOf(var);
        if (i < 0) {
            return this;
        }
        PyContextVar[] k = new PyContextVar[vars.length - 1];
        Object[] v = new Object[values.length - 1];
        System.arraycopy(vars, 0, k, 0, i);
        System.arraycopy(vars, i + 1, k, i, k.length - i);
        System.arraycopy(values, 0, v, 0, i);
        System.arraycopy(values, i + 1, v, i, v.length - i);
        return new ContextVars(k, v);
    }
}
