package org.pythebo.runtime.weakref;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.HasSlots;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): calling it gives the referent, or None
 * once the referent is gone. Python subclasses (weakref.py's KeyedRef and WeakMethod) get
 * instances of this Java class that carry their class and their slots, so a callback receives
 * the very object the program made.
 *
 * <p>Unlike CPython, a referent does not die at its last {@code del}: the JVM's collector finds it
 * unreachable some time later, or at {@code gc.collect()}, which waits for the callbacks of what
 * it found (see {@link WeakrefCallbacks}).
 */
public class PyWeakref extends PyWeakReference implements HasSlots, PyCallable {
    public static final PyType TYPE = PyType.newBuiltin("weakref.ReferenceType", PyType.OBJECT, PyWeakref.class,
            PyType.Layout.OBJECT).ownInstances();

    private final PyType type;
    private final Object[] slots;
    /** The referent's hash, once asked for: it stays after the referent is gone. */
    private volatile Long hash;

    PyWeakref(PyType type, WeakrefList list, Object callback) {
        super(list, callback);
        this.type = type;
        this.slots = type.slotCount == 0 ? null : new Object[type.slotCount];
    }

    /** An instance of a subclass whose instances have a {@code __dict__}. */
    static final class WithDict extends PyWeakref implements HasDict {
        private final PyDict dict = new PyDict();

        WithDict(PyType type, WeakrefList list, Object callback) {
            super(type, list, callback);
        }

        @Override
        public PyDict dict() { return dict; }
    }

    @Override
    public PyType type() { return type; }

    @Override
    public Object[] slots() { return slots; }

    /** {@code weakref.ref(referent, callback)} from Java: the shared basic reference when there is no callback. */
    public static PyWeakref create(ThreadState ts, Object referent, Object callback) {
        return create(ts, TYPE, referent, callback);
    }

    static PyWeakref create(ThreadState ts, PyType type, Object referent, Object callback) {
        WeakrefList list = WeakrefList.of(ts, checkReferent(referent));
        Object cb = callback == Singleton.NONE ? null : callback;
        if (cb == null && type == TYPE) {
            return list.basicRef(() -> new PyWeakref(TYPE, list, null));
        }
        PyWeakref r = type.instanceDict ? new WithDict(type, list, cb) : new PyWeakref(type, list, cb);
        list.add(r);
        return r;
    }

    /** CPython unpacks 1 or 2 positional arguments by hand here; keywords are refused. */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType type) || !type.isSubtypeOf(TYPE)) {
            String name = cls instanceof PyType t ? t.name : Ops.typeName(cls);
            throw PyException.typeError("weakref.ReferenceType.__new__(" + name + "): " + name
                    + " is not a subtype of weakref.ReferenceType");
        }
        if (kwargs.size() > 0) {
            throw PyException.typeError("ref() takes no keyword arguments");
        }
        checkCount("__new__", args.length);
        return create(ts, type, args[0], args.length > 1 ? args[1] : Singleton.NONE);
    }

    /** Checks the arguments as {@code __new__} does and keeps nothing: {@code __new__} did the work. */
    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __init__(Object self, Object[] args, PyDict kwargs) {
        checkCount("__init__", args.length);
        return null;
    }

    private static void checkCount(String function, int n) {
        if (n < 1) {
            throw PyException.typeError(function + " expected at least 1 argument, got " + n);
        }
        if (n > 2) {
            throw PyException.typeError(function + " expected at most 2 arguments, got " + n);
        }
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(Object self, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("weakref() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw PyException.typeError("weakref expected 0 arguments, got " + args.length);
        }
        Object o = ((PyWeakref) self).referent();
        return o == null ? Singleton.NONE : o;
    }

    /** {@code r()}: the referent directly for exact refs; a subclass may override {@code __call__}. */
    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        if (type != TYPE) {
            return Ops.callDescr(ts, type.lookup("__call__"), this, args, kwnames);
        }
        if (kwnames != null) {
            throw PyException.typeError("weakref() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw PyException.typeError("weakref expected 0 arguments, got " + args.length);
        }
        Object o = referent();
        return o == null ? Singleton.NONE : o;
    }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        PyWeakref r = (PyWeakref) self;
        Long h = r.hash;
        if (h == null) {
            Object o = r.referent();
            if (o == null) {
                throw PyException.typeError("weak object has gone away");
            }
            h = Ops.hash(ts, o);
            r.hash = h;
        }
        return h;
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        return compare(ts, self, other, Compare.EQ);
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        return compare(ts, self, other, Compare.NE);
    }

    /** Two live referents compare as themselves; otherwise the references compare by identity. */
    private static Object compare(ThreadState ts, Object self, Object other, int op) {
        if (!(other instanceof PyWeakReference w)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Object a = ((PyWeakref) self).referent();
        Object b = w.referent();
        if (a == null || b == null) {
            return (self == other) == (op == Compare.EQ);
        }
        return Compare.richCompare(ts, a, b, op);
    }

    /** {@code <weakref at 0x...; to 'C' at 0x... (name)>}, the name when the referent has a str {@code __name__}. */
    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        Object o = ((PyWeakref) self).referent();
        if (o == null) {
            return "<weakref at " + address(self) + "; dead>";
        }
        Object name = Ops.lookupAttr(ts, o, "__name__");
        String text = "<weakref at " + address(self) + "; to '" + Ops.typeName(o) + "' at " + address(o);
        return name instanceof String s ? text + " (" + s + ")>" : text + ">";
    }

    @PyGetter("__callback__")
    public static Object callback(Object self) {
        return ((PyWeakref) self).callbackOrNone();
    }

    @PyMethod("($type, item, /)")
    public static Object __class_getitem__(Object cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
