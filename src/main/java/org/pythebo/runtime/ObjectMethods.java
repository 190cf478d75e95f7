package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyGetter;
import org.pythebo.runtime.PyAttrs.PyMethod;

/** The methods of {@code object}, which every type inherits. */
public final class ObjectMethods {
    private ObjectMethods() {}

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t)) {
            throw PyException.typeError("object.__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
        }
        if ((args.length > 0 || kwargs.size() > 0) && t.lookup("__init__") instanceof PyMethodDescr) {
            throw PyException.typeError(t.name + "() takes no arguments");
        }
        return TypeMethods.allocate(t, args);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static void __init__(Object self, Object[] args, PyDict kwargs) {
        if (args.length > 0 || kwargs.size() > 0) {
            PyType t = Ops.type(self);
            if (!(t.lookup("__init__") instanceof PyMethodDescr)) {
                throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") instanceof PyStaticMethod sm && sm.callable instanceof PyBuiltinFunction) {
                throw PyException.typeError(t.name + "() takes no arguments");
            }
        }
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        return switch (self) {
            case String s -> Repr.str(s);
            case Long l -> l.toString();
            case java.math.BigInteger b -> b.toString();
            case Double d -> Repr.floatRepr(d);
            case Boolean b -> b ? "True" : "False";
            case PyList l -> Ops.containerRepr(ts, l, "[", "]", l.toArray(), false);
            case PyTuple t -> Ops.containerRepr(ts, t, "(", ")", t.items, true);
            case PyDict d -> Ops.dictRepr(ts, d);
            case PyType t -> TypeMethods.typeRepr(t);
            case PyBoundMethod m -> m.toString(ts);
            case Singleton s -> s.toString();
            case PyFunction f -> f.toString();
            case PyBuiltinFunction f -> f.toString();
            case PyMethodDescr d -> d.toString();
            case PyMemberDescr d -> d.toString();
            case PyGetSetDescr d -> d.toString();
            case PyRange r -> r.toString();
            case PyModule m -> m.toString();
            case PyCode c -> c.toString();
            case PySuper s -> s.toString();
            case PySlice s -> "slice(" + Ops.repr(ts, s.start) + ", " + Ops.repr(ts, s.stop) + ", " + Ops.repr(ts, s.step) + ")";
            default -> defaultRepr(self);
        };
    }

    static String defaultRepr(Object self) {
        PyType t = Ops.type(self);
        Object module = t.lookup("__module__");
        String prefix = t.heapType && module instanceof String m && !m.equals("builtins") ? m + "." : "";
        return "<" + prefix + t.qualname() + " object at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }

    @PyMethod("($self, /)")
    public static Object __str__(ThreadState ts, Object self) {
        return Ops.repr(ts, self);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(Object self, Object other) {
        return self == other ? Boolean.TRUE : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        Object eq = Ops.callMethod(ts, self, "__eq__", other);
        return eq == Singleton.NOT_IMPLEMENTED ? eq : Ops.bool(!Ops.isTrue(ts, eq));
    }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        return Ops.hash(ts, self);
    }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        String n = attrName(name);
        PyType t = Ops.type(self);
        Object v = self instanceof PyType type ? Ops.typeGetAttr(ts, type, n) : Ops.genericGetAttr(ts, self, t, n);
        if (v == null) {
            throw Ops.attributeError(self, n);
        }
        return v;
    }

    @PyMethod("($self, name, value, /)")
    public static void __setattr__(ThreadState ts, Object self, Object name, Object value) {
        Ops.genericSetAttr(ts, self, attrName(name), value);
    }

    @PyMethod("($self, name, /)")
    public static void __delattr__(ThreadState ts, Object self, Object name) {
        Ops.genericSetAttr(ts, self, attrName(name), null);
    }

    static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw PyException.typeError("attribute name must be string, not '" + Ops.typeName(name) + "'");
        }
        return s;
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(ThreadState ts, Object self, Object spec) {
        if (spec instanceof String s && !s.isEmpty()) {
            throw PyException.typeError("unsupported format string passed to " + Ops.typeName(self) + ".__format__");
        }
        return Ops.str(ts, self);
    }

    @PyMethod("($self, /)")
    public static Object __dir__(Object self) {
        return new PyList(Suggestions.dir(self).toArray());
    }

    @PyMethod("($type, /, **kwargs)")
    public static void __init_subclass__(Object cls, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError(((PyType) cls).name + ".__init_subclass__() takes no keyword arguments");
        }
    }

    @PyGetter("__class__")
    public static Object getClass(Object self) { return Ops.type(self); }

    @PyAttrs.PySetter("__class__")
    public static void setClass(Object self, Object value) {
        if (value == null) {
            throw PyException.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType nt)) {
            throw PyException.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        }
        PyType old = Ops.type(self);
        if (!nt.heapType || !old.heapType
                || !(self instanceof PyInstance || self instanceof PySlotsInstance || self instanceof PyValueInstance)) {
            throw PyException.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (nt.solidBase() != old.solidBase() || nt.instanceDict != old.instanceDict || !sameSlots(nt, old)) {
            throw PyException.typeError("__class__ assignment: '" + nt.name + "' object layout differs from '" + old.name + "'");
        }
        if (self instanceof PyInstance i) {
            i.setType(nt);
        } else if (self instanceof PySlotsInstance s) {
            s.setType(nt);
        } else {
            ((PyValueInstance) self).setType(nt);
        }
    }

    /** Whether instances of a and b keep the same slots in the same cells. */
    private static boolean sameSlots(PyType a, PyType b) {
        if (a.slotCount != b.slotCount) {
            return false;
        }
        for (PyType t : a.mro()) {
            for (Object v : t.typeDict().values()) {
                if (v instanceof PyMemberDescr m && m.owner == t && !b.isSubtypeOf(t)
                        && !(b.lookup(m.name) instanceof PyMemberDescr o && o.index == m.index)) {
                    return false;
                }
            }
        }
        return true;
    }

    @PyAttrs.PySetter("__dict__")
    public static void setDict(Object self, Object value) {
        if (value == null) {
            throw PyException.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyException.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
        }
        switch (self) {
            case PyInstance i -> i.setDict(d);
            case PyValueInstance v -> v.setDict(d);
            case PySlotsInstance s -> throw Ops.attributeError(s, "__dict__");
            default -> throw PyException.attributeError("attribute '__dict__' of '" + Ops.typeName(self)
                    + "' objects is not writable", self, "__dict__");
        }
    }

    @PyGetter("__dict__")
    public static Object getDict(Object self) {
        if (self instanceof HasDict hd) {
            return hd.dict();
        }
        throw Ops.attributeError(self, "__dict__");
    }
}
