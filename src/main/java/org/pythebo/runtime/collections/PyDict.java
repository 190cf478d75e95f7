package org.pythebo.runtime.collections;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.BiConsumer;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * dict: CPython's compact layout, an open-addressing index over an insertion-ordered entry array.
 *
 * <p>Concurrency: writers lock the dict. Readers take no lock: they read the current
 * {@link Table} once, and the writer fills an entry (hash, key, value) before it publishes the
 * index slot that points to it with a release store, which the reader loads with acquire. A
 * resize or compaction builds a new table and publishes it whole; a reader still probing the old
 * one sees the dict as it was a moment ago. A deleted entry has its value cleared, so a reader
 * that reaches it reports the key missing. Key comparison is hash, then identity, then __eq__;
 * if __eq__ ran while the table changed under a reader, the reader starts over.
 *
 * <p>Built-in dict subclasses written in Java (collections.defaultdict) extend this class with
 * their own {@link #type()}; the fast paths that assume an exact dict check {@code type() == DICT}.
 */
public class PyDict extends PyObject {
    private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Object[].class);

    /** One generation of the table: replaced, never shrunk in place. */
    public static final class Table {
        /** Entry number + 1, 0 for never used; -1 for a deleted slot (keeps probe chains). */
        final int[] index;
        final int[] hashes;
        final Object[] keys;
        final Object[] values;
        /** Entries written so far (including deleted ones). */
        volatile int used;

        Table(int indexSize) {
            index = new int[indexSize];
            int cap = indexSize * 2 / 3;
            hashes = new int[cap];
            keys = new Object[cap];
            values = new Object[cap];
        }
    }

    private volatile Table table = new Table(8);
    private volatile int size;
    /** Changes on every insertion or deletion, for "changed size during iteration". */
    private volatile int mutations;

    public PyDict() {}

    @Override
    public PyType type() { return PyType.DICT; }

    public int size() { return size; }

    public int mutations() { return mutations; }

    // ---- for the global-name caches (Globals): an entry stays valid while its table is current ----

    public Table table() { return table; }

    /** The entry number of {@code key} in table t, or -1. */
    public static int entryOf(ThreadState ts, Table t, Object key) {
        return find(ts, t, key, hashOf(ts, key));
    }

    /** The value of entry e of table t: null once the entry was deleted. */
    public static Object valueAt(Table t, int e) {
        return VALUES.getAcquire(t.values, e);
    }

    /** Rebinds entry e when t is still the current table and the entry is live; false otherwise. */
    public synchronized boolean replaceAt(Table t, int e, Object value) {
        if (table != t || t.keys[e] == null) {
            return false;
        }
        t.values[e] = value;
        return true;
    }

    /** The key's Python hash, folded to an int: equal keys of any type (str and its subclasses) hash alike. */
    private static int hashOf(ThreadState ts, Object key) {
        return Long.hashCode(Ops.hash(ts, key));
    }

    private static boolean sameKey(ThreadState ts, Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String s) {
            return b instanceof String && s.equals(b);
        }
        return Ops.eq(ts, a, b);
    }

    /** The entry number holding {@code key} in table t, or -1. */
    private static int find(ThreadState ts, Table t, Object key, int h) {
        int mask = t.index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int slot = (int) INDEX.getAcquire(t.index, i);
            if (slot == 0) {
                return -1;
            }
            if (slot > 0) {
                int e = slot - 1;
                if (t.hashes[e] == h) {
                    Object k = t.keys[e];
                    if (k != null && sameKey(ts, k, key)) {
                        return e;
                    }
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** The value of {@code key}, or null when absent. Lock-free. */
    public Object get(ThreadState ts, Object key) {
        int h = hashOf(ts, key);
        while (true) {
            Table t = table;
            int e = find(ts, t, key, h);
            if (e < 0) {
                if (t == table || key instanceof String) {
                    return null;
                }
                continue;
            }
            Object v = t.values[e];
            if (v != null || t == table) {
                return v;
            }
        }
    }

    public Object get(Object key) {
        return get(null, key);
    }

    public Object getItem(ThreadState ts, Object key) {
        Object v = get(ts, key);
        if (v == null) {
            throw PyException.keyError(key);
        }
        return v;
    }

    public void setItem(Object key, Object value) {
        setItem(null, key, value);
    }

    public synchronized void setItem(ThreadState ts, Object key, Object value) {
        int h = hashOf(ts, key);
        Table t = table;
        int e = find(ts, t, key, h);
        if (e >= 0) {
            t.values[e] = value;
            return;
        }
        if (t.used == t.keys.length) {
            t = resize(Math.max(8, Integer.highestOneBit(Math.max(size, 1) * 3) * 2));
        }
        int n = t.used;
        t.hashes[n] = h;
        t.keys[n] = key;
        t.values[n] = value;
        int mask = t.index.length - 1;
        int i = h & mask;
        int perturb = h;
        while ((int) INDEX.getAcquire(t.index, i) > 0) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        t.used = n + 1;
        INDEX.setRelease(t.index, i, n + 1);
        size++;
        mutations++;
    }

    /** Removes {@code key}; returns its value or null when absent. */
    public synchronized Object remove(ThreadState ts, Object key) {
        int h = hashOf(ts, key);
        Table t = table;
        int e = find(ts, t, key, h);
        if (e < 0) {
            return null;
        }
        Object v = t.values[e];
        int mask = t.index.length - 1;
        int i = h & mask;
        int perturb = h;
        while ((int) INDEX.getAcquire(t.index, i) != e + 1) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        INDEX.setRelease(t.index, i, -1);
        t.values[e] = null;
        t.keys[e] = null;
        size--;
        mutations++;
        return v;
    }

    private Table resize(int indexSize) {
        Table old = table;
        Table t = new Table(indexSize);
        int n = 0;
        int mask = indexSize - 1;
        for (int e = 0; e < old.used; e++) {
            Object k = old.keys[e];
            if (k == null) {
                continue;
            }
            t.hashes[n] = old.hashes[e];
            t.keys[n] = k;
            t.values[n] = old.values[e];
            int h = old.hashes[e];
            int i = h & mask;
            int perturb = h;
            while (t.index[i] != 0) {
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            t.index[i] = n + 1;
            n++;
        }
        t.used = n;
        table = t;
        return t;
    }

    public synchronized void clear() {
        table = new Table(8);
        size = 0;
        mutations++;
    }

    /** Visits the live entries in insertion order, from one consistent table. */
    public void forEachEntry(BiConsumer<Object, Object> f) {
        Table t = table;
        int used = t.used;
        for (int e = 0; e < used; e++) {
            Object k = t.keys[e];
            Object v = t.values[e];
            if (k != null && v != null) {
                f.accept(k, v);
            }
        }
    }

    public Object[] keys() {
        Object[] out = new Object[size];
        int[] n = {0};
        forEachEntry((k, v) -> {
            if (n[0] < out.length) {
                out[n[0]++] = k;
            }
        });
        return n[0] == out.length ? out : java.util.Arrays.copyOf(out, n[0]);
    }

    /** The number of entry slots written in the current table (live or deleted), for reverse iteration. */
    int entryCount() {
        return table.used;
    }

    /** Entry {@code e} of the current table as {key, value}, or null if deleted or past the end (iteration). */
    Object[] entryAt(int e) {
        Table t = table;
        if (e >= t.used) {
            return null;
        }
        Object k = t.keys[e];
        Object v = t.values[e];
        return k == null || v == null ? new Object[0] : new Object[] {k, v};
    }

    // ---- Python methods ----

    @PyMethod("($self, key, default=None, /)")
    public static Object get(ThreadState ts, Object self, Object key, Object dflt) {
        Object v = ((PyDict) self).get(ts, key);
        return v == null ? dflt : v;
    }

    @PyMethod("($self, key, default=None, /)")
    public static Object setdefault(ThreadState ts, Object self, Object key, Object dflt) {
        PyDict d = (PyDict) self;
        synchronized (d) {
            Object v = d.get(ts, key);
            if (v == null) {
                d.setItem(ts, key, dflt);
                return dflt;
            }
            return v;
        }
    }

    @PyMethod("($self, key, default=?, /)")
    public static Object pop(ThreadState ts, Object self, Object key, Object dflt) {
        Object v = ((PyDict) self).remove(ts, key);
        if (v == null) {
            if (dflt == null) {
                throw PyException.keyError(key);
            }
            return dflt;
        }
        return v;
    }

    @PyMethod("($self, /)")
    public static Object popitem(ThreadState ts, Object self) {
        PyDict d = (PyDict) self;
        synchronized (d) {
            Object[] keys = d.keys();
            if (keys.length == 0) {
                throw PyException.keyError("popitem(): dictionary is empty");
            }
            Object k = keys[keys.length - 1];
            return PyTuple.of(k, d.remove(ts, k));
        }
    }

    @PyMethod("($self, other, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyDict o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PyDict out = (PyDict) copy(self);
        o.forEachEntry((k, v) -> out.setItem(ts, k, v));
        return out;
    }

    /** Returns the instance itself, a subclass's included, for {@code d |= x} to rebind to. */
    @PyMethod(value = "($self, other, /)", seesSubclass = true)
    public static Object __ior__(ThreadState ts, Object self, Object other) {
        ((PyDict) PyValueInstance.unwrap(self)).updateFrom(ts, other);
        return self;
    }

    @PyMethod("($self, /)")
    public static Object keys(Object self) { return new PyDictView((PyDict) self, PyDictView.Kind.KEYS); }

    @PyMethod("($self, /)")
    public static Object values(Object self) { return new PyDictView((PyDict) self, PyDictView.Kind.VALUES); }

    @PyMethod("($self, /)")
    public static Object items(Object self) { return new PyDictView((PyDict) self, PyDictView.Kind.ITEMS); }

    @PyMethod("($type, iterable, value=None, /)")
    public static Object fromkeys(ThreadState ts, Object cls, Object iterable, Object value) {
        Object d = Ops.call(ts, cls);
        PyIterator it = Ops.iter(ts, iterable);
        for (Object k = it.next(ts); k != null; k = it.next(ts)) {
            Ops.setItem(ts, d, k, value);
        }
        return d;
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return ((PyDict) self).get(ts, key) != null; }

    /** dict_subscript: a missing key goes to the subclass's {@code __missing__}, called directly or not. */
    @PyMethod(value = "($self, key, /)", seesSubclass = true)
    public static Object __getitem__(ThreadState ts, Object self, Object key) {
        PyDict d = self instanceof PyValueInstance v ? (PyDict) v.value : (PyDict) self;
        Object v = d.get(ts, key);
        if (v != null) {
            return v;
        }
        PyType type = Ops.type(self);
        if (type != PyType.DICT) {
            Object missing = type.lookup("__missing__");
            if (missing != null) {
                return Ops.callDescr(ts, missing, self, new Object[] {key});
            }
        }
        throw PyException.keyError(key);
    }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(ThreadState ts, Object self, Object key, Object value) {
        ((PyDict) self).setItem(ts, key, value);
    }

    @PyMethod("($self, key, /)")
    public static void __delitem__(ThreadState ts, Object self, Object key) {
        if (((PyDict) self).remove(ts, key) == null) {
            throw PyException.keyError(key);
        }
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyDictView.Iter((PyDict) self, PyDictView.Kind.KEYS, false); }

    @PyMethod("($self, /)")
    public static Object __reversed__(Object self) {
        return new PyDictView.Iter((PyDict) self, PyDictView.Kind.KEYS, true);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) { return Ops.dictRepr(ts, (PyDict) self); }

    @PyMethod("($self, /)")
    public static void clear(Object self) { ((PyDict) self).clear(); }

    @PyMethod("($self, /)")
    public static Object copy(Object self) {
        PyDict d = new PyDict();
        ((PyDict) self).forEachEntry(d::setItem);
        return d;
    }

    @PyMethod("($self, other=?, /, **kwargs)")
    public static void update(ThreadState ts, Object self, Object other, PyDict kwargs) {
        PyDict d = (PyDict) self;
        if (other != null) {
            d.updateFrom(ts, other);
        }
        kwargs.forEachEntry((k, v) -> d.setItem(ts, k, v));
    }

    public void updateFrom(ThreadState ts, Object other) {
        if (other instanceof PyDict o) {
            o.forEachEntry((k, v) -> setItem(ts, k, v));
            return;
        }
        PyType t = Ops.type(other);
        if (t.lookup("keys") != null) {
            PyIterator keys = Ops.iter(ts, Ops.callMethod(ts, other, "keys"));
            for (Object k = keys.next(ts); k != null; k = keys.next(ts)) {
                setItem(ts, k, Ops.getItem(ts, other, k));
            }
            return;
        }
        PyIterator it = Ops.iter(ts, other);
        long n = 0;
        for (Object item = it.next(ts); item != null; item = it.next(ts), n++) {
            Object[] kv;
            try {
                kv = Ops.toArray(ts, item);
            } catch (PyException e) {
                if (e.exc.matches(Exc.TypeError) && Ops.type(item).lookup("__iter__") == null
                        && Ops.type(item).lookup("__getitem__") == null) {
                    throw PyException.typeError("cannot convert dictionary update sequence element #" + n
                            + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyException.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                        + "; 2 is required");
            }
            setItem(ts, kv[0], kv[1]);
        }
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) ((PyDict) self).size; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyDict();
    }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        if (args.length > 1) {
            throw PyException.typeError("dict expected at most 1 argument, got " + args.length);
        }
        update(ts, self, args.length == 1 ? args[0] : null, kwargs);
    }
}
