package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyRange;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.exposure.PyBuiltinFunction;
import org.pythebo.runtime.exposure.PyClassMethodDescr;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.text.Repr;

/** The methods of {@code object}, which every type inherits. */
public final class ObjectMethods {
    private ObjectMethods() {}

    /** object's docstring ({@link Exposer} puts a declaring class's {@code __doc__} in the type dict). */
    public static final String __doc__ = "The base class of the class hierarchy.\n\n"
            + "When called, it accepts no arguments and returns a new featureless\n"
            + "instance that has no instance attributes and cannot be given any.\n";

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t)) {
            throw PyException.typeError("object.__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
        }
        // A built-in type without a __new__ of its own cannot be instantiated, whatever the arguments.
        if (!t.heapType && t != PyType.OBJECT && t.layout == PyType.Layout.OBJECT) {
            return TypeMethods.allocate(t, args);
        }
        if ((args.length > 0 || kwargs.size() > 0) && t.lookup("__init__") instanceof PyMethodDescr) {
            throw PyException.typeError(t.name + "() takes no arguments");
        }
        return TypeMethods.allocate(t, args);
    }

    /** CPython's object_init: extra arguments are an error unless __new__ alone was overridden. */
    @PyMethod("($self, /, *args, **kwargs)")
    public static void __init__(Object self, Object[] args, PyDict kwargs) {
        if (args.length > 0 || kwargs.size() > 0) {
            PyType t = Ops.type(self);
            if (t.lookup("__init__") != PyType.OBJECT.lookup("__init__")) {
                throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == PyType.OBJECT.lookup("__new__")) {
                throw PyException.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    /**
     * object.__repr__. Built-in types without a {@code __repr__} of their own inherit this one,
     * which gives their repr by the kind of value; called on an object whose type has its own
     * repr (object.__repr__(1), or from a class's __repr__) it gives the default form.
     */
    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyType type = Ops.type(self);
        PyType builtin = type.heapType ? type.valueBase : type;
        if (builtin == null || builtin.lookup("__repr__") != PyType.OBJECT.lookup("__repr__")) {
            return defaultRepr(self);
        }
        return switch (PyValueInstance.unwrap(self)) {
            case String s -> Repr.str(s);
            case Long l -> l.toString();
            case java.math.BigInteger b -> IntMethods.decimal(b);
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
            case PyClassMethodDescr d -> d.toString();
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
        return "<" + Ops.type(self).qualifiedName() + " object at 0x" + Long.toHexString(Ops.id(self)) + ">";
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

    public static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw PyException.typeError("attribute name must be string, not '" + Ops.typeName(name) + "'");
        }
        return s;
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(ThreadState ts, Object self, Object spec) {
        if (!(spec instanceof String s)) {
            throw PyException.typeError("__format__() argument must be str, not " + Ops.typeName(spec));
        }
        if (!s.isEmpty()) {
            throw PyException.typeError("unsupported format string passed to " + Ops.typeName(self) + ".__format__");
        }
        return Ops.str(ts, self);
    }

    /** The rich comparisons object defines for every type: they leave the decision to the other operand. */
    @PyMethod("($self, value, /)")
    public static Object __lt__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    @PyMethod("($self, value, /)")
    public static Object __le__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    @PyMethod("($self, value, /)")
    public static Object __gt__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    @PyMethod("($self, value, /)")
    public static Object __ge__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    /** An estimate in CPython's terms: the object header, then one pointer per slot and per instance dict. */
    @PyMethod("($self, /)")
    public static Object __sizeof__(Object self) {
        PyType t = Ops.type(self);
        return 16L + 8L * (t.slotCount + (t.heapType && t.instanceDict ? 1 : 0));
    }

    @PyMethod("($type, /, *args)")
    public static Object __subclasshook__(Object cls, Object[] args) {
        return Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, /)")
    public static Object __getstate__(ThreadState ts, Object self) {
        return defaultState(ts, self, false);
    }

    @PyMethod("($self, protocol, /)")
    public static Object __reduce_ex__(ThreadState ts, Object self, Object protocol) {
        long proto = Ops.index(protocol);
        Object objectReduce = PyType.OBJECT.lookup("__reduce__");
        if (Ops.lookupAttr(ts, self, "__reduce__") instanceof Object reduce
                && Ops.getAttr(ts, Ops.type(self), "__reduce__") != objectReduce) {
            return Ops.call(ts, reduce);
        }
        return commonReduce(ts, self, proto);
    }

    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        return commonReduce(ts, self, 0);
    }

    /** Protocols 0 and 1 reduce through copyreg; 2 and up describe the object for copyreg.__newobj__. */
    private static Object commonReduce(ThreadState ts, Object self, long proto) {
        if (proto >= 2) {
            return reduceNewobj(ts, self);
        }
        return Ops.call(ts, Ops.getAttr(ts, copyreg(ts), "_reduce_ex"), self, proto);
    }

    private static Object copyreg(ThreadState ts) {
        return ts.interp.importer.importName(ts, "copyreg", null, new Object[0], 0);
    }

    /** CPython's reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
    private static Object reduceNewobj(ThreadState ts, Object self) {
        PyType cls = Ops.type(self);
        Object[] args = null;
        PyDict kwargs = null;
        Object getnewargsEx = cls.lookup("__getnewargs_ex__");
        if (getnewargsEx != null) {
            Object r = Ops.callDescr(ts, getnewargsEx, self, new Object[0]);
            if (!(r instanceof PyTuple t)) {
                throw PyException.typeError("__getnewargs_ex__ should return a tuple, not '" + Ops.typeName(r) + "'");
            }
            if (t.items.length != 2) {
                throw PyException.valueError("__getnewargs_ex__ should return a tuple of length 2, not "
                        + t.items.length);
            }
            if (!(t.items[0] instanceof PyTuple a)) {
                throw PyException.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Ops.typeName(t.items[0]) + "'");
            }
            if (!(t.items[1] instanceof PyDict k)) {
                throw PyException.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Ops.typeName(t.items[1]) + "'");
            }
            args = a.items;
            kwargs = k;
        } else if (cls.lookup("__getnewargs__") instanceof Object getnewargs) {
            Object r = Ops.callDescr(ts, getnewargs, self, new Object[0]);
            if (!(r instanceof PyTuple t)) {
                throw PyException.typeError("__getnewargs__ should return a tuple, not '" + Ops.typeName(r) + "'");
            }
            args = t.items;
        }
        boolean hasArgs = args != null;
        Object copyreg = copyreg(ts);
        Object newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = Ops.getAttr(ts, copyreg, "__newobj__");
            Object[] items = new Object[1 + (hasArgs ? args.length : 0)];
            items[0] = cls;
            if (hasArgs) {
                System.arraycopy(args, 0, items, 1, args.length);
            }
            newargs = PyTuple.of(items);
        } else {
            newobj = Ops.getAttr(ts, copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, PyTuple.of(args), kwargs);
        }
        boolean isList = cls.isSubtypeOf(PyType.LIST);
        boolean isDict = cls.isSubtypeOf(PyType.DICT);
        Object state = state(ts, self, !(hasArgs || isList || isDict));
        Object listItems = isList ? Ops.iter(ts, self) : Singleton.NONE;
        Object dictItems = isDict ? Ops.iter(ts, Ops.callMethod(ts, self, "items")) : Singleton.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /** The object's __getstate__(), or the default state when that is object's own. */
    private static Object state(ThreadState ts, Object self, boolean required) {
        Object getstate = Ops.getAttr(ts, self, "__getstate__");
        if (getstate instanceof PyBuiltinFunction f && f.self == self
                && PyType.OBJECT.lookup("__getstate__") instanceof PyMethodDescr d && f.code == d.code) {
            return defaultState(ts, self, required);
        }
        return Ops.call(ts, getstate);
    }

    /**
     * CPython's object_getstate_default: the instance dict (None if empty), paired with a dict of
     * the set {@code __slots__} values if there are any. {@code required}: the object cannot be
     * rebuilt from its arguments, so state that is not in a dict or slots cannot be pickled.
     */
    private static Object defaultState(ThreadState ts, Object self, boolean required) {
        PyType cls = Ops.type(self);
        if (required && cls.solidBase() != PyType.OBJECT) {
            throw PyException.typeError("cannot pickle '" + cls.name + "' object");
        }
        Object state = Singleton.NONE;
        if (cls.instanceDict && self instanceof HasDict hd && hd.dict() instanceof PyDict d && d.size() > 0) {
            state = d;
        }
        Object slotNames = cls.slotCount == 0 ? Singleton.NONE : slotNames(ts, cls);
        if (slotNames instanceof PyList names && names.size() > 0) {
            PyDict slots = new PyDict();
            for (Object name : names.toArray()) {
                if (name instanceof String n && slotValue(ts, self, n) instanceof Object value) {
                    slots.setItem(n, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** The value of an attribute, or null when it is unset (an empty slot raises AttributeError). */
    private static Object slotValue(ThreadState ts, Object self, String name) {
        try {
            return Ops.lookupAttr(ts, self, name);
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code cls.__slotnames__}, which copyreg._slotnames computes and caches. */
    private static Object slotNames(ThreadState ts, PyType cls) {
        Object cached = cls.typeDict().get("__slotnames__");
        if (cached != null) {
            return cached;
        }
        Object names = Ops.call(ts, Ops.getAttr(ts, copyreg(ts), "_slotnames"), cls);
        if (names != Singleton.NONE && !(names instanceof PyList)) {
            throw PyException.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
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
        if (self instanceof PyModule m && nt.isSubtypeOf(PyType.MODULE)) {
            // A module may become an instance of any ModuleType subclass (a module whose
            // attribute access a package customises): all of them are PyModules.
            m.setType(nt);
            return;
        }
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
