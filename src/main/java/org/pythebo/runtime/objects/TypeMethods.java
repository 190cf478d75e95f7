package org.pythebo.runtime.objects;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.exposure.PyBuiltinFunction;
import org.pythebo.runtime.exposure.PyMethodDescr;

/** The methods of {@code type}: calling a class, making classes, and the class attributes. */
public final class TypeMethods {
    private TypeMethods() {}

    /** {@code cls(*args)}: the metaclass's __call__, by default __new__ then __init__. */
    public static Object callType(ThreadState ts, PyType cls, Object[] args, String[] kwnames) {
        PyType meta = cls.type();
        if (meta != PyType.TYPE) {
            Object call = meta.lookup("__call__");
            if (!(call instanceof PyMethodDescr)) {
                return Ops.callDescr(ts, call, cls, args, kwnames);
            }
        }
        return typeCall(ts, cls, args, kwnames);
    }

    static Object typeCall(ThreadState ts, PyType cls, Object[] args, String[] kwnames) {
        if (cls == PyType.TYPE && args.length == 1 && kwnames == null) {
            return Ops.type(args[0]);
        }
        Object newMethod = cls.lookup("__new__");
        Object obj;
        if (newMethod instanceof PyStaticMethod sm && sm.callable instanceof PyBuiltinFunction bf
                && cls.heapType && bf.code.parser.receiver != null && bf == objectNew()) {
            if (args.length > 0 && cls.lookup("__init__") instanceof PyMethodDescr) {
                throw PyException.typeError(cls.name + "() takes no arguments");
            }
            obj = allocate(cls, args);
        } else {
            Object[] withCls = new Object[args.length + 1];
            withCls[0] = cls;
            System.arraycopy(args, 0, withCls, 1, args.length);
            obj = Ops.call(ts, Ops.bindDescriptor(ts, newMethod, null, cls), withCls, kwnames);
        }
        if (!Ops.type(obj).isSubtypeOf(cls)) {
            return obj;
        }
        Object init = Ops.type(obj).lookup("__init__");
        if (init instanceof PyMethodDescr md && md.owner == PyType.OBJECT) {
            return obj;
        }
        Object r = Ops.callDescr(ts, init, obj, args, kwnames);
        if (r != Singleton.NONE) {
            throw PyException.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        }
        return obj;
    }

    private static volatile PyBuiltinFunction objectNew;

    private static PyBuiltinFunction objectNew() {
        if (objectNew == null) {
            objectNew = (PyBuiltinFunction) ((PyStaticMethod) PyType.OBJECT.typeDict().get("__new__")).callable;
        }
        return objectNew;
    }

    /** A new, empty instance of a class, in the Java form its layout needs. */
    static Object allocate(PyType t, Object[] args) {
        if (t == PyType.NONE || t == PyType.ELLIPSIS || t == PyType.NOT_IMPLEMENTED) {
            if (args.length > 0) {
                throw PyException.typeError(t.name + " takes no arguments");
            }
            return t == PyType.NONE ? Singleton.NONE : t == PyType.ELLIPSIS ? Singleton.ELLIPSIS : Singleton.NOT_IMPLEMENTED;
        }
        PyType solid = t.solidBase();
        if (t.valueBase != null || t.heapType && solid.layout == PyType.Layout.OBJECT && solid != PyType.OBJECT) {
            PyType base = t.valueBase != null ? t.valueBase : solid;
            if (base.layout == PyType.Layout.OBJECT && base.lookup("__new__") == PyType.OBJECT.lookup("__new__")) {
                // A class derived from a built-in type that has no __new__ (_hashlib.HASH) inherits its lack of one.
                throw PyException.typeError("cannot create '" + t.name + "' instances");
            }
            throw PyException.typeError("object.__new__(" + t.name + ") is not safe, use " + base.name + ".__new__()");
        }
        return switch (t.layout) {
            case OBJECT -> {
                if (t == PyType.OBJECT) {
                    yield new PyBareObject();
                }
                if (t.plainInstances()) {
                    yield new PyInstance(t);
                }
                if (!t.heapType) {
                    throw PyException.typeError("cannot create '" + t.name + "' instances");
                }
                if (t.isAbstract()) {
                    throw abstractInstance(t);
                }
                yield t.instanceDict ? new PyInstance(t) : new PySlotsInstance(t);
            }
            case EXCEPTION -> new PyBaseException(t, PyTuple.of(args.clone()));
            default -> throw PyException.typeError("object.__new__(" + t.name + ") is not safe, use "
                    + t.layout.name().toLowerCase() + ".__new__()");
        };
    }

    /** "Can't instantiate abstract class C with abstract methods f, g": the names sorted. */
    private static PyException abstractInstance(PyType t) {
        ThreadState ts = ThreadState.current();
        Object[] names = Ops.sorted(ts, Ops.toArray(ts, t.typeDict().get("__abstractmethods__")), null, false);
        StringBuilder joined = new StringBuilder();
        for (Object n : names) {
            joined.append(joined.isEmpty() ? "" : ", ").append(Ops.str(ts, n));
        }
        return PyException.typeError("Can't instantiate abstract class " + t.name + " with abstract method"
                + (names.length > 1 ? "s " : " ") + joined);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object meta, Object[] args, PyDict kwargs) {
        if (args.length == 1 && meta == PyType.TYPE) {
            return Ops.type(args[0]);
        }
        if (args.length != 3) {
            throw PyException.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof String name)) {
            throw PyException.typeError("type.__new__() argument 1 must be str, not " + Ops.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(args[1]));
        }
        if (!(PyValueInstance.unwrap(args[2]) instanceof PyDict ns)) {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(args[2]));
        }
        PyType winner = (PyType) meta;
        for (Object b : basesTuple.items) {
            PyType bt = Ops.type(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        // As CPython's type_new: a more derived metaclass with its own __new__ makes the class.
        if (winner != meta) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != PyType.TYPE.lookup("__new__")) {
                Object[] withMeta = new Object[args.length + 1];
                withMeta[0] = winner;
                System.arraycopy(args, 0, withMeta, 1, args.length);
                return Ops.callWithKwargs(ts, Ops.bindDescriptor(ts, winnerNew, null, winner), withMeta, kwargs);
            }
        }
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                throw PyException.typeError("bases must be types");
            }
            bases[i] = b;
        }
        PyType cls = new PyType(winner, name, bases, ns);
        for (var e : cls.typeDict().entrySet()) {
            Object v = e.getValue();
            Object setName = Ops.type(v).lookup("__set_name__");
            if (setName != null) {
                Ops.callDescr(ts, setName, v, new Object[] {cls, e.getKey()});
            }
        }
        Object initSubclass = null;
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length && initSubclass == null; i++) {
            initSubclass = mro[i].typeDict().get("__init_subclass__");
        }
        if (initSubclass != null) {
            Object bound = Ops.bindDescriptor(ts, initSubclass, null, cls);
            if (bound instanceof PyBoundMethod bm && bm.function instanceof PyBuiltinFunction) {
                ObjectMethods.__init_subclass__(cls, kwargs);
            } else {
                Object[] kwv = new Object[kwargs.size()];
                String[] kwn = new String[kwargs.size()];
                int[] i = {0};
                kwargs.forEachEntry((k, v) -> {
                    kwn[i[0]] = (String) k;
                    kwv[i[0]++] = v;
                });
                Ops.call(ts, bound, kwv, kwn.length == 0 ? null : kwn);
            }
        }
        return cls;
    }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(Object self, Object[] args, PyDict kwargs) {}

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        String[] kwn = new String[kwargs.size()];
        Object[] all = new Object[args.length + kwn.length];
        System.arraycopy(args, 0, all, 0, args.length);
        int[] i = {0};
        kwargs.forEachEntry((k, v) -> {
            kwn[i[0]] = (String) k;
            all[args.length + i[0]++] = v;
        });
        return typeCall(ts, (PyType) self, all, kwn.length == 0 ? null : kwn);
    }

    static String typeRepr(PyType t) {
        return "<class '" + t.qualifiedName() + "'>";
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return typeRepr((PyType) self); }

    /** The namespace a class statement fills: a new dict whatever the arguments (six.with_metaclass calls it). */
    @PyMethod(value = "($type, *args, **kwargs)", doc = "__prepare__() -> dict\nused to create the namespace for the class statement")
    public static Object __prepare__(Object cls, Object[] args, PyDict kwargs) {
        return new PyDict();
    }

    @PyMethod("($self, /)")
    public static Object mro(Object self) { return new PyList(((PyType) self).mro().clone()); }

    @PyMethod("($self, /)")
    public static Object __subclasses__(Object self) { return new PyList(((PyType) self).subclasses().toArray()); }

    @PyMethod("($self, instance, /)")
    public static Object __instancecheck__(ThreadState ts, Object self, Object instance) {
        return Ops.objectIsInstance(ts, instance, (PyType) self);
    }

    @PyMethod("($self, subclass, /)")
    public static Object __subclasscheck__(Object self, Object sub) {
        return Ops.objectIsSubclass(sub, (PyType) self);
    }

    @PyGetter("__name__")
    public static Object getName(Object self) { return ((PyType) self).shortName(); }

    @PyAttrs.PySetter("__name__")
    public static void setName(Object self, Object v) {
        PyType t = heapTypeToChange(self, "__name__", v);
        if (!(v instanceof String s)) {
            throw PyException.typeError("can only assign string to " + t.name + ".__name__, not '" + Ops.typeName(v) + "'");
        }
        t.name = s;
    }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) { return ((PyType) self).qualname(); }

    @PyAttrs.PySetter("__qualname__")
    public static void setQualname(Object self, Object v) {
        PyType t = heapTypeToChange(self, "__qualname__", v);
        if (!(v instanceof String s)) {
            throw PyException.typeError("can only assign string to " + t.name + ".__qualname__, not '" + Ops.typeName(v) + "'");
        }
        t.setQualname(s);
    }

    /** The type whose special attribute is set, with CPython's errors for built-in types and deletion. */
    private static PyType heapTypeToChange(Object self, String attr, Object v) {
        PyType t = (PyType) self;
        if (!t.heapType) {
            throw PyException.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name + "'");
        }
        if (v == null) {
            throw PyException.typeError("cannot delete '" + attr + "' attribute of immutable type '" + t.name + "'");
        }
        return t;
    }

    @PyAttrs.PySetter("__module__")
    public static void setModule(Object self, Object v) {
        heapTypeToChange(self, "__module__", v).setAttr("__module__", v);
    }

    @PyAttrs.PySetter("__doc__")
    public static void setDoc(Object self, Object v) {
        heapTypeToChange(self, "__doc__", v).setAttr("__doc__", v);
    }

    @PyAttrs.PySetter("__bases__")
    public static void setBases(Object self, Object v) {
        PyType t = heapTypeToChange(self, "__bases__", v);
        if (!(v instanceof PyTuple tuple)) {
            throw PyException.typeError("can only assign tuple to " + t.name + ".__bases__, not " + Ops.typeName(v));
        }
        if (tuple.size() == 0) {
            throw PyException.typeError("can only assign non-empty tuple to " + t.name + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw PyException.typeError(t.name + ".__bases__ must be tuple of classes, not '"
                        + Ops.typeName(tuple.get(i)) + "'");
            }
            if (b.isSubtypeOf(t)) {
                throw PyException.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        t.setBases(bases);
    }

    @PyMethod("($self, value, /)")
    public static Object __or__(Object self, Object other) { return PyUnionType.union(self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(Object self, Object other) { return PyUnionType.union(other, self); }

    @PyGetter("__flags__")
    public static Object getFlags(Object self) { return ((PyType) self).flags(); }

    @PyGetter("__mro__")
    public static Object getMro(Object self) { return PyTuple.of(((PyType) self).mro().clone()); }

    @PyGetter("__bases__")
    public static Object getBases(Object self) { return PyTuple.of((Object[]) ((PyType) self).bases().clone()); }

    @PyGetter("__base__")
    public static Object getBase(Object self) {
        PyType b = ((PyType) self).base();
        return b == null ? Singleton.NONE : b;
    }

    @PyGetter("__dict__")
    public static Object getDict(Object self) { return new PyMappingProxy(((PyType) self).dict()); }

    @PyGetter("__module__")
    public static Object getModule(Object self) { return ((PyType) self).module(); }

    @PyGetter("__doc__")
    public static Object getDoc(Object self) {
        Object d = ((PyType) self).typeDict().get("__doc__");
        return d != null ? d : Singleton.NONE;
    }

    /** The most derived metaclass of a class statement's explicit metaclass and its bases' types. */
    public static PyType calculateMeta(PyType meta, List<PyType> bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static List<PyType> asTypes(Object[] bases) {
        List<PyType> out = new ArrayList<>();
        for (Object b : bases) {
            if (b instanceof PyType t) {
                out.add(t);
            }
        }
        return out;
    }
}
