package org.pythebo.runtime.collections;

import java.util.Arrays;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * list. Writes synchronize on the list; reads take no lock. A reader sees {@code items} and
 * {@code size} through volatile fields and checks every index against both, so it never runs off
 * an array; operations that move elements (insert, delete, sort) build a new array and publish
 * it, so a reader sees either the old or the new sequence, never a half-shifted one. Appends and
 * item assignment write in place.
 */
public final class PyList extends PyObject {
    private volatile Object[] items;
    private volatile int size;

    public PyList() {
        this.items = new Object[4];
    }

    /** Takes ownership of the array. */
    public PyList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType type() { return PyType.LIST; }

    public int size() { return size; }

    /** A consistent copy of the elements. */
    public Object[] toArray() {
        Object[] a = items;
        int n = Math.min(size, a.length);
        Object[] out = Arrays.copyOf(a, n);
        int k = 0;
        for (Object o : out) {
            if (o != null) {
                out[k++] = o;
            }
        }
        return k == n ? out : Arrays.copyOf(out, k);
    }

    /** The element at a non-negative index, or null past the end. */
    public Object getOrNull(int i) {
        Object[] a = items;
        if (i < 0 || i >= size || i >= a.length) {
            return null;
        }
        return a[i];
    }

    public Object get(long index) {
        long i = index < 0 ? index + size : index;
        Object v = i < 0 || i > Integer.MAX_VALUE ? null : getOrNull((int) i);
        if (v == null) {
            throw PyException.indexError("list index out of range");
        }
        return v;
    }

    public synchronized void set(long index, Object value) {
        int n = size;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PyException.indexError("list assignment index out of range");
        }
        items[(int) i] = value;
    }

    public synchronized void append(Object value) {
        Object[] a = items;
        int n = size;
        if (n == a.length) {
            a = Arrays.copyOf(a, Math.max(8, n + (n >> 1) + 1));
            a[n] = value;
            items = a;
        } else {
            a[n] = value;
        }
        size = n + 1;
    }

    public synchronized void insert(long index, Object value) {
        int n = size;
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        Object[] a = new Object[Math.max(8, n + 1 + (n >> 1))];
        System.arraycopy(items, 0, a, 0, (int) i);
        a[(int) i] = value;
        System.arraycopy(items, (int) i, a, (int) i + 1, n - (int) i);
        items = a;
        size = n + 1;
    }

    public synchronized Object pop(long index) {
        int n = size;
        if (n == 0) {
            throw PyException.indexError("pop from empty list");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PyException.indexError("pop index out of range");
        }
        Object v = items[(int) i];
        removeAt((int) i);
        return v;
    }

    private void removeAt(int i) {
        int n = size;
        if (i == n - 1) {
            size = n - 1;
            items[n - 1] = null;
            return;
        }
        Object[] a = new Object[items.length];
        System.arraycopy(items, 0, a, 0, i);
        System.arraycopy(items, i + 1, a, i, n - i - 1);
        items = a;
        size = n - 1;
    }

    public synchronized void delete(long index) {
        int n = size;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PyException.indexError("list assignment index out of range");
        }
        removeAt((int) i);
    }

    /** Replaces the whole contents (sort, slice assignment, clear). */
    public synchronized void replace(Object[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    public synchronized void extend(Object[] more) {
        int n = size;
        Object[] a = items;
        if (n + more.length > a.length) {
            a = Arrays.copyOf(a, Math.max(8, n + more.length + (n >> 1)));
            System.arraycopy(more, 0, a, n, more.length);
            items = a;
        } else {
            System.arraycopy(more, 0, a, n, more.length);
        }
        size = n + more.length;
    }

    // ---- Python methods ----

    @PyMethod("($self, object, /)")
    public static void append(Object self, Object x) { ((PyList) self).append(x); }

    @PyMethod("($self, index, object, /)")
    public static void insert(Object self, Object index, Object x) {
        ((PyList) self).insert(Ops.index(index), x);
    }

    @PyMethod("($self, index=-1, /)")
    public static Object pop(Object self, Object index) {
        return ((PyList) self).pop(Ops.index(index));
    }

    @PyMethod("($self, iterable, /)")
    public static void extend(ThreadState ts, Object self, Object iterable) {
        ((PyList) self).extend(Ops.toArray(ts, iterable));
    }

    @PyMethod("($self, value, /)")
    public static void remove(ThreadState ts, Object self, Object value) {
        PyList l = (PyList) self;
        synchronized (l) {
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(ts, l.items[i], value)) {
                    l.removeAt(i);
                    return;
                }
            }
        }
        throw PyException.valueError("list.remove(x): x not in list");
    }

    @PyMethod("($self, value, start=0, stop=9223372036854775807, /)")
    public static Object index(ThreadState ts, Object self, Object value, Object start, Object stop) {
        Object[] a = ((PyList) self).toArray();
        long[] range = new PySlice(start, stop, Singleton.NONE).indices(a.length);
        for (int i = (int) range[0]; i < range[1]; i++) {
            if (Ops.eq(ts, a[i], value)) {
                return (long) i;
            }
        }
        throw PyException.valueError(Ops.repr(ts, value) + " is not in list");
    }

    @PyMethod("($self, value, /)")
    public static Object count(ThreadState ts, Object self, Object value) {
        long n = 0;
        for (Object o : ((PyList) self).toArray()) {
            if (Ops.eq(ts, o, value)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod("($self, /)")
    public static void clear(Object self) { ((PyList) self).replace(new Object[0]); }

    @PyMethod("($self, /)")
    public static Object copy(Object self) { return new PyList(((PyList) self).toArray()); }

    @PyMethod("($self, /)")
    public static void reverse(Object self) {
        PyList l = (PyList) self;
        synchronized (l) {
            Object[] a = l.toArray();
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            l.replace(a);
        }
    }

    @PyMethod("($self, /, *, key=None, reverse=False)")
    public static void sort(ThreadState ts, Object self, Object key, Object reverse) {
        PyList l = (PyList) self;
        boolean rev = Ops.isTrue(ts, reverse);
        Object[] items;
        Object[] empty = new Object[0];
        synchronized (l) {
            items = l.toArray();
            // As in CPython the list looks empty while it is sorted, so key functions and
            // comparisons that change it are detected afterwards.
            l.replace(empty);
        }
        Object[] sorted;
        try {
            sorted = Ops.sorted(ts, items, key, rev);
        } catch (PyException e) {
            l.replace(items);
            throw e;
        }
        synchronized (l) {
            boolean modified = l.items != empty || l.size != 0;
            l.replace(sorted);
            if (modified) {
                throw PyException.valueError("list modified during sort");
            }
        }
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return Ops.contains(ts, self, key); }

    @PyMethod("($self, index, /)")
    public static Object __getitem__(ThreadState ts, Object self, Object index) { return Ops.getItem(ts, self, index); }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(ThreadState ts, Object self, Object key, Object value) {
        Ops.setItem(ts, self, key, value);
    }

    @PyMethod("($self, key, /)")
    public static void __delitem__(ThreadState ts, Object self, Object key) { Ops.delItem(ts, self, key); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyIterator.OfList((PyList) self); }

    @PyMethod("($self, /)")
    public static Object __reversed__(Object self) { return new PyIterator.OfListReversed((PyList) self); }

    @PyMethod("($self, value, /)")
    public static Object __add__(ThreadState ts, Object self, Object other) {
        if (!(PyValueInstance.unwrap(other) instanceof PyList l)) {
            throw PyException.typeError("can only concatenate list (not \"" + Ops.typeName(other) + "\") to list");
        }
        return Arith.builtin(ts, Arith.Op.ADD, self, l);
    }

    @PyMethod("($self, value, /)")
    public static Object __iadd__(ThreadState ts, Object self, Object other) {
        ((PyList) self).extend(Ops.toArray(ts, other));
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(ThreadState ts, Object self, Object n) { return Arith.builtin(ts, Arith.Op.MUL, self, n); }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(ThreadState ts, Object self, Object n) { return Arith.builtin(ts, Arith.Op.MUL, self, n); }

    @PyMethod("($self, value, /)")
    public static Object __imul__(ThreadState ts, Object self, Object n) {
        PyList l = (PyList) self;
        if (!Arith.isInt(n) && Ops.type(n).lookup("__index__") == null) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(n) + "'");
        }
        synchronized (l) {
            Object[] rep = ((PyList) Arith.builtin(ts, Arith.Op.MUL, new PyList(l.toArray()), n)).toArray();
            l.replace(rep);
        }
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) ((PyList) self).size; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyList();
    }

    @PyMethod("($self, iterable=?, /)")
    public static void __init__(ThreadState ts, Object self, Object iterable) {
        PyList l = (PyList) self;
        l.replace(iterable == null ? new Object[0] : Ops.toArray(ts, iterable));
    }
}
