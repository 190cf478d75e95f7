package org.pythebo.runtime.objects;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** types.GenericAlias: a parameterised built-in class such as {@code list[int]}. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("GenericAlias", PyType.OBJECT, PyGenericAlias.class,
            PyType.Layout.OBJECT);

    final Object origin;
    final PyTuple args;

    public PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(new Object[] {args});
    }

    @Override
    public PyType type() { return TYPE; }

    /** The repr of one type argument, as typing shows it: {@code int}, {@code mod.C}, {@code ...}. */
    static String argRepr(ThreadState ts, Object o) {
        if (o == Singleton.ELLIPSIS) {
            return "...";
        }
        if (o == Singleton.NONE) {
            return "None";
        }
        if (o instanceof PyType t) {
            Object module = t.module();
            return module instanceof String m && !m.equals("builtins") ? m + "." + t.qualname() : t.qualname();
        }
        return Ops.repr(ts, o);
    }

    @PyMethod("($type, origin, args, /)")
    public static Object __new__(Object cls, Object origin, Object args) { return new PyGenericAlias(origin, args); }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyGenericAlias g = (PyGenericAlias) self;
        StringBuilder sb = new StringBuilder(argRepr(ts, g.origin)).append('[');
        if (g.args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < g.args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(ts, g.args.get(i)));
        }
        return sb.append(']').toString();
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        Object[] kwv = new Object[kwargs.size()];
        String[] kwn = new String[kwargs.size()];
        Object[] keys = kwargs.keys();
        for (int i = 0; i < keys.length; i++) {
            kwn[i] = (String) keys[i];
            kwv[i] = kwargs.get(ts, keys[i]);
        }
        Object[] all = new Object[args.length + kwv.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(kwv, 0, all, args.length, kwv.length);
        return Ops.call(ts, ((PyGenericAlias) self).origin, all, kwn.length == 0 ? null : kwn);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyGenericAlias o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PyGenericAlias g = (PyGenericAlias) self;
        return Ops.eq(ts, g.origin, o.origin) && Ops.eq(ts, g.args, o.args);
    }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        PyGenericAlias g = (PyGenericAlias) self;
        return Ops.hash(ts, g.origin) ^ Ops.hash(ts, g.args);
    }

    @PyMethod("($self, value, /)")
    public static Object __or__(Object self, Object other) { return PyUnionType.union(self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(Object self, Object other) { return PyUnionType.union(other, self); }

    @PyMethod("($self, instance, /)")
    public static Object __instancecheck__(Object self, Object obj) {
        throw PyException.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod("($self, subclass, /)")
    public static Object __subclasscheck__(Object self, Object obj) {
        throw PyException.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        String n = ObjectMethods.attrName(name);
        Object v = Ops.genericGetAttr(ts, self, TYPE, n);
        if (v == null) {
            // Other attributes come from the origin, as CPython's ga_getattro does.
            return Ops.getAttr(ts, ((PyGenericAlias) self).origin, n);
        }
        return v;
    }

    @PyGetter("__origin__")
    public static Object origin(Object self) { return ((PyGenericAlias) self).origin; }

    @PyGetter("__args__")
    public static Object args(Object self) { return ((PyGenericAlias) self).args; }

    @PyGetter("__parameters__")
    public static Object parameters(Object self) { return PyTuple.of(new Object[0]); }

    /** The built-in classes that can be parameterised ({@code __class_getitem__} in CPython). */
    static boolean isGeneric(PyType t) {
        return switch (t.name) {
            case "list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "deque", "defaultdict",
                 "OrderedDict", "Counter", "ChainMap" -> !t.heapType;
            default -> false;
        };
    }

    /** A union's members, flattened. */
    static void collect(Object o, List<Object> into) {
        if (o instanceof PyUnionType u) {
            for (Object a : u.args.items) {
                collect(a, into);
            }
        } else {
            Object m = o == Singleton.NONE ? PyType.NONE : o;
            for (Object x : into) {
                if (x == m || x instanceof PyGenericAlias && Ops.eq(ThreadState.current(), x, m)) {
                    return;
                }
            }
            into.add(m);
        }
    }

    static List<Object> members(Object a, Object b) {
        List<Object> out = new ArrayList<>();
        collect(a, out);
        collect(b, out);
        return out;
    }
}
