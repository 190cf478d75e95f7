package org.pythebo.modules._collections;

import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code collections.defaultdict}: a dict (the runtime's dict fast paths take it for one, as
 * CPython's PyDict_Check does) whose {@code __missing__} calls {@code default_factory}. The dict
 * operations lock the dict as any dict's do; the factory is a volatile field.
 */
public final class PyDefaultDict extends PyDict {
    static final PyType TYPE = PyType.newBuiltin("collections.defaultdict", PyType.DICT, PyDefaultDict.class,
            PyType.Layout.DICT);

    public static final String __doc__ = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
            + "The default factory is called without arguments to produce\n"
            + "a new value when a key is not present, in __getitem__ only.\n"
            + "A defaultdict compares equal to a dict with the same items.\n"
            + "All remaining arguments are treated the same as if they were\n"
            + "passed to the dict constructor, including keyword arguments.\n";

    private volatile Object defaultFactory = Singleton.NONE;

    @Override
    public PyType type() { return TYPE; }

    private static PyDefaultDict self(Object self) {
        return (PyDefaultDict) PyValueInstance.unwrap(self);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) { return new PyDefaultDict(); }

    @PyMethod("($self, /, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        Object factory = Singleton.NONE;
        Object[] rest = args;
        if (args.length > 0) {
            factory = args[0];
            if (factory != Singleton.NONE && Builtins.callable(factory) != Boolean.TRUE) {
                throw PyException.typeError("first argument must be callable or None");
            }
            rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
        }
        self(self).defaultFactory = factory;
        PyDict.__init__(ts, self, rest, kwargs);
    }

    @PyMethod(value = "($self, key, /)", seesSubclass = true,
            doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
                    + "  if self.default_factory is None: raise KeyError((key,))\n"
                    + "  self[key] = value = self.default_factory()\n  return value\n")
    public static Object __missing__(ThreadState ts, Object self, Object key) {
        Object factory = self(self).defaultFactory;
        if (factory == Singleton.NONE) {
            throw PyException.keyError(key);
        }
        Object value = Ops.call(ts, factory);
        Ops.setItem(ts, self, key, value);
        return value;
    }

    @PyGetter("default_factory")
    public static Object getDefaultFactory(Object self) { return self(self).defaultFactory; }

    @PySetter("default_factory")
    public static void setDefaultFactory(Object self, Object value) {
        self(self).defaultFactory = value == null ? Singleton.NONE : value;
    }

    /** {@code type(self)(self.default_factory, source)}: how copy and | make a defaultdict like self. */
    private static Object like(ThreadState ts, Object self, Object source) {
        return Ops.call(ts, Ops.type(self), self(self).defaultFactory, source);
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "D.copy() -> a shallow copy of D.")
    public static Object copy(ThreadState ts, Object self) { return like(ts, self, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "D.copy() -> a shallow copy of D.")
    public static Object __copy__(ThreadState ts, Object self) { return like(ts, self, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce__(ThreadState ts, Object self) {
        Object factory = self(self).defaultFactory;
        Object args = factory == Singleton.NONE ? PyTuple.EMPTY : PyTuple.of(factory);
        Object items = Ops.iterObject(ts, Ops.callMethod(ts, self, "items"));
        return PyTuple.of(Ops.type(self), args, Singleton.NONE, Singleton.NONE, items);
    }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        PyDefaultDict d = self(self);
        String base = Ops.dictRepr(ts, d);
        Object factory = d.defaultFactory;
        String factoryRepr = factory == Singleton.NONE ? "None"
                : Ops.reprOnce(factory, "...", () -> Ops.repr(ts, factory));
        return Ops.type(self).shortName() + "(" + factoryRepr + ", " + base + ")";
    }

    /** defaultdict | dict and dict | defaultdict: a copy of the left side, made like the defaultdict, updated with the right. */
    private static Object union(ThreadState ts, Object self, Object left, Object right) {
        Object other = left == self ? right : left;
        if (!(PyValueInstance.unwrap(other) instanceof PyDict)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Object result = like(ts, self, left);
        ((PyDict) PyValueInstance.unwrap(result)).updateFrom(ts, right);
        return result;
    }

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __or__(ThreadState ts, Object self, Object other) { return union(ts, self, self, other); }

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __ror__(ThreadState ts, Object self, Object other) { return union(ts, self, other, self); }

    @PyMethod(value = "($type, item, /)", seesSubclass = true)
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        return ObjectMethods.__getattribute__(ts, self, name);
    }
}
