package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.BuiltinCode;

/**
 * An instance of a class derived from a built-in type whose values the runtime keeps in their
 * own Java form (int, float, str, tuple, list, dict, set, ...): the base value, the class, and an
 * instance {@code __dict__}. The fast paths of the runtime never see these; the slow paths hand
 * the base value to the built-in behaviour unless the class overrides it.
 */
public final class PyValueInstance extends PyObject implements HasDict {
    private volatile PyType type;
    /** The value of the built-in base type (Long, String, PyList, ...); for a mutable base it is changed in place. */
    public final Object value;
    private volatile PyDict dict;

    public PyValueInstance(PyType type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public PyType type() { return type; }

    public void setType(PyType t) { type = t; }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PyDict();
                    dict = d;
                }
            }
        }
        return d;
    }

    public void setDict(PyDict d) { dict = d; }

    /** The built-in value behind a subclass instance, or the object itself. */
    public static Object unwrap(Object o) {
        return o instanceof PyValueInstance v ? v.value : o;
    }

    /**
     * A method of a built-in type called on a subclass instance, or a {@code $type} method
     * ({@code __new__}, {@code fromkeys}) called on a subclass: the method works on the base value,
     * and a new base value made for the subclass is wrapped as its instance.
     */
    public static Object invoke(BuiltinCode code, ThreadState ts, Object receiver, Object[] args, int from, String[] kwnames) {
        if (receiver instanceof PyValueInstance v) {
            return code.invoke(ts, v.value, args, from, kwnames);
        }
        PyType cls = (PyType) receiver;
        PyType base = cls.valueBase;
        Object r = code.invoke(ts, base, args, from, kwnames);
        return Ops.type(r) == base ? new PyValueInstance(cls, r) : r;
    }
}
