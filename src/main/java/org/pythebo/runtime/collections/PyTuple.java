package org.pythebo.runtime.collections;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/** tuple: immutable, so shared freely between threads. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    public final Object[] items;

    protected PyTuple(Object[] items) {
        this.items = items;
    }

    /** Wraps the array, which the caller must not change afterwards. */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() { return PyType.TUPLE; }

    public int size() { return items.length; }

    public Object get(int i) { return items[i]; }

    public Object[] toArray() { return items.clone(); }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) ((PyTuple) self).items.length; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyTuple t = (PyTuple) self;
        return Ops.containerRepr(ts, t, "(", ")", t.items, true);
    }

    // The sequence slots as methods, for what calls them by name (super().__iter__() in a
    // subclass, tuple.__getitem__(self, i)); the operations themselves take Ops' fast paths.

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyIterator.OfArray(((PyTuple) self).items); }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(ThreadState ts, Object self, Object index) { return Ops.getItem(ts, self, index); }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return Ops.contains(ts, self, key); }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) { return Ops.hash(ts, self); }

    @PyMethod("($self, value, /)")
    public static Object __add__(ThreadState ts, Object self, Object other) {
        if (!(PyValueInstance.unwrap(other) instanceof PyTuple t)) {
            throw PyException.typeError("can only concatenate tuple (not \"" + Ops.typeName(other) + "\") to tuple");
        }
        return Arith.builtin(ts, Arith.Op.ADD, self, t);
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(ThreadState ts, Object self, Object n) { return Arith.builtin(ts, Arith.Op.MUL, self, n); }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(ThreadState ts, Object self, Object n) { return Arith.builtin(ts, Arith.Op.MUL, self, n); }

    /** For pickling: the items as a plain tuple (also for instances of subclasses). */
    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) {
        PyTuple t = (PyTuple) self;
        return PyTuple.of(t.getClass() == PyTuple.class ? t : PyTuple.of(t.items.clone()));
    }

    @PyMethod("($self, value, start=0, stop=9223372036854775807, /)")
    public static Object index(ThreadState ts, Object self, Object value, Object start, Object stop) {
        Object[] a = ((PyTuple) self).items;
        long[] range = new PySlice(start, stop, Singleton.NONE).indices(a.length);
        for (int i = (int) range[0]; i < range[1]; i++) {
            if (Ops.eq(ts, a[i], value)) {
                return (long) i;
            }
        }
        throw PyException.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod("($self, value, /)")
    public static Object count(ThreadState ts, Object self, Object value) {
        long n = 0;
        for (Object o : ((PyTuple) self).items) {
            if (Ops.eq(ts, o, value)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod("($type, iterable=(), /)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable) {
        if (iterable == null) {
            return EMPTY;
        }
        if (iterable instanceof PyTuple t) {
            // Only an exact tuple is returned itself; a struct sequence becomes a plain tuple.
            return t.getClass() == PyTuple.class ? t : of(t.items);
        }
        return of(Ops.toArray(ts, iterable));
    }
}
