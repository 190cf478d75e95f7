package org.pythebo.runtime.objects;

import java.util.List;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** types.UnionType: {@code int | str}, usable with isinstance and issubclass. */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("UnionType", PyType.OBJECT, PyUnionType.class,
            PyType.Layout.OBJECT);

    final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() { return TYPE; }

    private static boolean unionable(Object o) {
        return o == Singleton.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b} for types; NotImplemented when either side is something else. */
    static Object union(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        List<Object> m = PyGenericAlias.members(a, b);
        if (m.size() == 1) {
            return m.get(0);
        }
        return new PyUnionType(PyTuple.of(m.toArray()));
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        StringBuilder sb = new StringBuilder();
        for (Object a : ((PyUnionType) self).args.items) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(a == PyType.NONE ? "None" : PyGenericAlias.argRepr(ts, a));
        }
        return sb.toString();
    }

    @PyMethod("($self, value, /)")
    public static Object __or__(Object self, Object other) { return union(self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(Object self, Object other) { return union(other, self); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyUnionType o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Object[] x = ((PyUnionType) self).args.items;
        Object[] y = o.args.items;
        if (x.length != y.length) {
            return false;
        }
        for (Object a : x) {
            boolean found = false;
            for (Object b : y) {
                found |= Ops.eq(ts, a, b);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        long h = 0;
        for (Object a : ((PyUnionType) self).args.items) {
            h ^= Ops.hash(ts, a);
        }
        return h;
    }

    @PyMethod("($self, instance, /)")
    public static Object __instancecheck__(ThreadState ts, Object self, Object obj) {
        for (Object a : ((PyUnionType) self).args.items) {
            if (a instanceof PyGenericAlias) {
                throw PyException.typeError("isinstance() argument 2 cannot be a parameterized generic");
            }
        }
        return Ops.isInstance(ts, obj, ((PyUnionType) self).args);
    }

    @PyMethod("($self, subclass, /)")
    public static Object __subclasscheck__(ThreadState ts, Object self, Object sub) {
        for (Object a : ((PyUnionType) self).args.items) {
            if (a instanceof PyGenericAlias) {
                throw PyException.typeError("issubclass() argument 2 cannot be a parameterized generic");
            }
        }
        return Ops.isSubclass(ts, sub, ((PyUnionType) self).args);
    }

    @PyGetter("__args__")
    public static Object args(Object self) { return ((PyUnionType) self).args; }

    @PyGetter("__parameters__")
    public static Object parameters(Object self) { return PyTuple.of(new Object[0]); }
}
