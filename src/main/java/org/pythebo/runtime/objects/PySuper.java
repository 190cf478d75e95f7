package org.pythebo.runtime.objects;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** super(type, obj): attribute lookup that starts after {@code type} in obj's MRO. */
public final class PySuper extends PyObject {
    final PyType thisType;
    final Object obj;
    /** type(obj), or obj itself when it is a type (super in a classmethod). */
    final PyType objType;

    PySuper(PyType thisType, Object obj, PyType objType) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() { return PyType.SUPER; }

    /** The attribute, bound as it would be on obj, or null when the rest of the MRO lacks it. */
    public Object lookup(ThreadState ts, String name) {
        if (obj == null || name.equals("__class__")) {
            return null;
        }
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].typeDict().get(name);
            if (v != null) {
                if (v instanceof Descriptor d) {
                    return d.get(ts, obj == objType ? null : obj, objType);
                }
                return Ops.bindDescriptor(ts, v, obj == objType ? null : obj, objType);
            }
        }
        return null;
    }

    public static PySuper of(ThreadState ts, Object type, Object obj) {
        if (!(type instanceof PyType t)) {
            throw PyException.typeError("super() argument 1 must be a type, not " + Ops.type(type).name);
        }
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return new PySuper(t, ot, ot);
        }
        if (!Ops.type(obj).isSubtypeOf(t)) {
            throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(t, obj, Ops.type(obj));
    }

    /** Unpacked by hand: CPython counts super's arguments as "super() expected at most 2 arguments, got 3". */
    @PyMethod("($type, *args)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args) {
        if (args.length > 2) {
            throw PyException.typeError("super() expected at most 2 arguments, got " + args.length);
        }
        if (args.length == 0) {
            return Ops.zeroArgSuper(ts);
        }
        Object type = args[0];
        Object obj = args.length == 2 ? args[1] : null;
        if (obj == null || obj == Singleton.NONE) {
            if (!(type instanceof PyType t)) {
                throw PyException.typeError("super() argument 1 must be a type, not " + Ops.type(type).name);
            }
            return new PySuper(t, null, null);
        }
        return of(ts, type, obj);
    }

    @Override
    public String toString() {
        return "<super: <class '" + thisType.name + "'>, " + (obj == null ? "NULL>" : "<" + objType.name + " object>>");
    }
}
