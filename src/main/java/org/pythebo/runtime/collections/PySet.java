package org.pythebo.runtime.collections;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * set and frozenset: CPython's set table (open addressing, a run of up to 9 linear probes, then
 * perturbed probing; dummies mark deleted slots), so iteration order matches CPython's for keys
 * whose hashes match (int, float, bool, tuples of them).
 *
 * <p>Concurrency: writers lock the set. Readers take no lock: they read the current
 * {@link Table} once; a writer stores a slot's hash before publishing its key with a release
 * store (readers load keys with acquire), and a resize builds a new table and publishes it
 * whole. A reader whose {@code __eq__} call saw the table change starts over, as CPython does.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("set", PyType.OBJECT, PySet.class, PyType.Layout.OBJECT)
            .allowWeakrefs();
    public static final PyType FROZENSET = PyType.newBuiltin("frozenset", PyType.OBJECT, PyFrozenSet.class,
            PyType.Layout.OBJECT).allowWeakrefs();
    static final PyType ITERATOR = PyType.newBuiltin("set_iterator", PyType.ITERATOR, Iter.class, PyType.Layout.OBJECT);

    private static final VarHandle KEY = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final Object DUMMY = new Object();
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;

    /** One table generation: replaced whole on resize and clear. */
    static final class Table {
        final Object[] keys;
        final long[] hashes;
        final int mask;

        Table(int size) {
            keys = new Object[size];
            hashes = new long[size];
            mask = size - 1;
        }
    }

    private volatile Table table = new Table(MINSIZE);
    /** Active plus dummy slots (written under the lock). */
    private int fill;
    private volatile int used;
    /** Where pop() looks next. */
    private int finger;
    private final boolean frozen;
    /** A frozenset's hash once computed (-1: not yet); racing computations agree. */
    private volatile long cachedHash = -1;

    public PySet() {
        this(false);
    }

    PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() { return frozen ? FROZENSET : TYPE; }

    public static PyType pyType() { return TYPE; }

    public boolean isFrozen() { return frozen; }

    public int size() { return used; }

    static boolean isAnySet(Object o) {
        return o instanceof PySet;
    }

    // ---- the table ----

    private static long hashOf(ThreadState ts, Object key) {
        return Ops.hash(ts, key);
    }

    private static boolean sameKey(ThreadState ts, Object k, Object key) {
        if (k == key) {
            return true;
        }
        if (k instanceof String s && key instanceof String) {
            return s.equals(key);
        }
        return Ops.eq(ts, k, key);
    }

    /** True when {@code key} (with hash h) is in the set. Lock-free. */
    boolean containsEntry(ThreadState ts, Object key, long h) {
        restart:
        while (true) {
            Table t = table;
            int mask = t.mask;
            int i = (int) (h & mask);
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = KEY.getAcquire(t.keys, j);
                    if (k == null) {
                        return false;
                    }
                    if (k != DUMMY && t.hashes[j] == h) {
                        if (k == key || (k instanceof String s && key instanceof String && s.equals(key))) {
                            return true;
                        }
                        boolean eq = Ops.eq(ts, k, key);
                        if (t != table || KEY.getAcquire(t.keys, j) != k) {
                            continue restart;
                        }
                        if (eq) {
                            return true;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Adds {@code key}; false when it was already there. */
    synchronized boolean addEntry(ThreadState ts, Object key, long h) {
        restart:
        while (true) {
            Table t = table;
            int mask = t.mask;
            int i = (int) (h & mask);
            long perturb = h;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = t.keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            t.hashes[freeslot] = h;
                            KEY.setRelease(t.keys, freeslot, key);
                            return true;
                        }
                        fill++;
                        used++;
                        t.hashes[j] = h;
                        KEY.setRelease(t.keys, j, key);
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        freeslot = j;
                    } else if (t.hashes[j] == h) {
                        if (sameKey(ts, k, key)) {
                            return false;
                        }
                        if (t != table || t.keys[j] != k) {
                            continue restart;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes {@code key}; false when absent. */
    synchronized boolean discardEntry(ThreadState ts, Object key, long h) {
        restart:
        while (true) {
            Table t = table;
            int mask = t.mask;
            int i = (int) (h & mask);
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = t.keys[j];
                    if (k == null) {
                        return false;
                    }
                    if (k != DUMMY && t.hashes[j] == h) {
                        boolean eq = sameKey(ts, k, key);
                        if (t != table || t.keys[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            KEY.setRelease(t.keys, j, DUMMY);
                            t.hashes[j] = -1;
                            used--;
                            return true;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private static void insertClean(Table t, Object key, long h) {
        int mask = t.mask;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            if (t.keys[i] == null) {
                t.hashes[i] = h;
                t.keys[i] = key;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (t.keys[j] == null) {
                        t.hashes[j] = h;
                        t.keys[j] = key;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: the smallest power-of-two table above minused, rebuilt without dummies. */
    private synchronized void resize(long minused) {
        long size = MINSIZE;
        while (size <= minused) {
            size <<= 1;
        }
        if (size > (1 << 30)) {
            throw PyException.of(Exc.MemoryError, null);
        }
        Table old = table;
        Table t = new Table((int) size);
        for (int j = 0; j <= old.mask; j++) {
            Object k = old.keys[j];
            if (k != null && k != DUMMY) {
                insertClean(t, k, old.hashes[j]);
            }
        }
        fill = used;
        table = t;
    }

    synchronized void clearTable() {
        table = new Table(MINSIZE);
        fill = 0;
        used = 0;
    }

    /** The live keys, in table order, from one table. */
    public Object[] toArray() {
        Table t = table;
        Object[] out = new Object[Math.min(used, t.keys.length)];
        int n = 0;
        for (int j = 0; j <= t.mask; j++) {
            Object k = KEY.getAcquire(t.keys, j);
            if (k != null && k != DUMMY) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2 + 1);
                }
                out[n++] = k;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Live (key, hash) pairs in table order, from one table. */
    private Object[][] entries() {
        Table t = table;
        Object[] keys = new Object[t.keys.length];
        long[] hashes = new long[t.keys.length];
        int n = 0;
        for (int j = 0; j <= t.mask; j++) {
            Object k = KEY.getAcquire(t.keys, j);
            if (k != null && k != DUMMY) {
                keys[n] = k;
                hashes[n] = t.hashes[j];
                n++;
            }
        }
        return new Object[][] {java.util.Arrays.copyOf(keys, n), {hashes, n}};
    }

    // ---- operations on keys (public Java API) ----

    public void add(ThreadState ts, Object o) {
        addEntry(ts, o, hashOf(ts, o));
    }

    /** Hash of a key for contains/remove/discard: a set key is looked up as a frozenset. */
    private static Object asKey(ThreadState ts, Object key) {
        if (key instanceof PySet s && !s.frozen) {
            PySet f = new PySet(true);
            f.mergeFrom(ts, s);
            return f;
        }
        return key;
    }

    public boolean contains(ThreadState ts, Object o) {
        Object k = asKey(ts, o);
        return containsEntry(ts, k, hashOf(ts, k));
    }

    boolean discard(ThreadState ts, Object o) {
        Object k = asKey(ts, o);
        return discardEntry(ts, k, hashOf(ts, k));
    }

    /** set_merge: adds every key of another set, reusing its hashes. */
    synchronized void mergeFrom(ThreadState ts, PySet other) {
        if (other == this) {
            return;
        }
        Object[][] e = other.entries();
        Object[] keys = e[0];
        long[] hashes = (long[]) e[1][0];
        int n = keys.length;
        if (n == 0) {
            return;
        }
        if ((long) (fill + n) * 5 >= (long) table.mask * 3) {
            resize((long) (used + n) * 2);
        }
        Table ot = other.table;
        if (fill == 0) {
            // Same layout as the other table when the sizes agree and it has no dummies; else clean inserts.
            Table t = table;
            if (t.mask == ot.mask && countFill(ot) == n) {
                for (int j = 0; j <= ot.mask; j++) {
                    Object k = ot.keys[j];
                    if (k != null && k != DUMMY) {
                        t.hashes[j] = ot.hashes[j];
                        KEY.setRelease(t.keys, j, k);
                    }
                }
            } else {
                Table fresh = new Table(t.keys.length);
                for (int i = 0; i < n; i++) {
                    insertClean(fresh, keys[i], hashes[i]);
                }
                table = fresh;
            }
            fill = n;
            used = n;
            return;
        }
        for (int i = 0; i < n; i++) {
            addEntry(ts, keys[i], hashes[i]);
        }
    }

    private static int countFill(Table t) {
        int n = 0;
        for (Object k : t.keys) {
            if (k != null) {
                n++;
            }
        }
        return n;
    }

    /** set_update_internal: from a set, a dict (one resize first) or any iterable. */
    public void updateFrom(ThreadState ts, Object other) {
        if (other instanceof PySet s) {
            mergeFrom(ts, s);
            return;
        }
        if (other instanceof PyDict d && d.type() == PyType.DICT) {
            Object[] keys = d.keys();
            synchronized (this) {
                if ((long) (fill + keys.length) * 5 >= (long) table.mask * 3) {
                    resize((long) (used + keys.length) * 2);
                }
                for (Object k : keys) {
                    add(ts, k);
                }
            }
            return;
        }
        PyIterator it = Ops.iter(ts, other);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            add(ts, v);
        }
    }

    static PySet from(ThreadState ts, Object iterable) {
        PySet s = new PySet();
        s.updateFrom(ts, iterable);
        return s;
    }

    /** A new set or frozenset (as {@code like}) holding the keys of {@code iterable}. */
    private static PySet newLike(ThreadState ts, PySet like, Object iterable) {
        PySet s = new PySet(like.frozen);
        if (iterable != null) {
            s.updateFrom(ts, iterable);
        }
        return s;
    }

    private PySet copySet(ThreadState ts) {
        return newLike(ts, this, this);
    }

    // ---- the algorithms of the Python methods ----

    static PySet intersection(ThreadState ts, PySet so, Object other) {
        if (so == other) {
            return so.copySet(ts);
        }
        PySet result = new PySet(so.frozen);
        if (other instanceof PySet o) {
            PySet a = so;
            PySet b = o;
            if (b.size() > a.size()) {
                PySet tmp = a;
                a = b;
                b = tmp;
            }
            Object[][] e = b.entries();
            long[] hashes = (long[]) e[1][0];
            for (int i = 0; i < e[0].length; i++) {
                if (a.containsEntry(ts, e[0][i], hashes[i])) {
                    result.addEntry(ts, e[0][i], hashes[i]);
                }
            }
            return result;
        }
        PyIterator it = Ops.iter(ts, other);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            long h = hashOf(ts, v);
            if (so.containsEntry(ts, v, h)) {
                result.addEntry(ts, v, h);
            }
        }
        return result;
    }

    /** Replaces this set's contents with another's table (set_swap_bodies for intersection_update). */
    private synchronized void takeBody(PySet other) {
        synchronized (other) {
            table = other.table;
            fill = other.fill;
            used = other.used;
        }
    }

    static PySet difference(ThreadState ts, PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.type() == PyType.DICT) {
            otherSize = d.size();
        } else {
            PySet r = so.copySet(ts);
            r.differenceUpdate(ts, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            PySet r = so.copySet(ts);
            r.differenceUpdate(ts, other);
            return r;
        }
        PySet result = new PySet(so.frozen);
        Object[][] e = so.entries();
        long[] hashes = (long[]) e[1][0];
        for (int i = 0; i < e[0].length; i++) {
            Object k = e[0][i];
            boolean in = other instanceof PySet o ? o.containsEntry(ts, k, hashes[i]) : ((PyDict) other).get(ts, k) != null;
            if (!in) {
                result.addEntry(ts, k, hashes[i]);
            }
        }
        return result;
    }

    void differenceUpdate(ThreadState ts, Object other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other instanceof PySet o) {
            Object[][] e = o.entries();
            long[] hashes = (long[]) e[1][0];
            for (int i = 0; i < e[0].length; i++) {
                discardEntry(ts, e[0][i], hashes[i]);
            }
        } else {
            PyIterator it = Ops.iter(ts, other);
            for (Object v = it.next(ts); v != null; v = it.next(ts)) {
                discard(ts, v);
            }
        }
        synchronized (this) {
            // More than a quarter dummies: rebuild, as CPython does.
            if (fill - used > table.mask / 4) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
    }

    void symmetricDifferenceUpdate(ThreadState ts, Object other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other instanceof PyDict d && d.type() == PyType.DICT) {
            for (Object k : d.keys()) {
                long h = hashOf(ts, k);
                if (!discardEntry(ts, k, h)) {
                    addEntry(ts, k, h);
                }
            }
            return;
        }
        PySet o = other instanceof PySet s ? s : from(ts, other);
        Object[][] e = o.entries();
        long[] hashes = (long[]) e[1][0];
        for (int i = 0; i < e[0].length; i++) {
            if (!discardEntry(ts, e[0][i], hashes[i])) {
                addEntry(ts, e[0][i], hashes[i]);
            }
        }
    }

    static boolean isSubset(ThreadState ts, PySet so, Object other) {
        PySet o = other instanceof PySet s ? s : from(ts, other);
        if (so.size() > o.size()) {
            return false;
        }
        Object[][] e = so.entries();
        long[] hashes = (long[]) e[1][0];
        for (int i = 0; i < e[0].length; i++) {
            if (!o.containsEntry(ts, e[0][i], hashes[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(ThreadState ts, PySet so, Object other) {
        if (other instanceof PySet o) {
            return isSubset(ts, o, so);
        }
        PyIterator it = Ops.iter(ts, other);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            if (!so.contains(ts, v)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(ThreadState ts, PySet so, Object other) {
        if (so == other) {
            return so.size() == 0;
        }
        if (other instanceof PySet o) {
            PySet a = so;
            PySet b = o;
            if (b.size() > a.size()) {
                PySet tmp = a;
                a = b;
                b = tmp;
            }
            Object[][] e = b.entries();
            long[] hashes = (long[]) e[1][0];
            for (int i = 0; i < e[0].length; i++) {
                if (a.containsEntry(ts, e[0][i], hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        PyIterator it = Ops.iter(ts, other);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            if (so.containsEntry(ts, v, hashOf(ts, v))) {
                return false;
            }
        }
        return true;
    }

    /** frozenset's hash: order-independent xor of shuffled entry hashes, then CPython's mixing. */
    long frozenHash() {
        long h = cachedHash;
        if (h != -1) {
            return h;
        }
        h = 0;
        Object[][] e = entries();
        long[] hashes = (long[]) e[1][0];
        for (int i = 0; i < e[0].length; i++) {
            long x = hashes[i];
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= ((long) e[0].length + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        cachedHash = h;
        return h;
    }

    static PySet self(Object self) {
        return (PySet) self;
    }

    static PyException unhashableKwargs(String name) {
        return PyException.typeError(name + "() takes no keyword arguments");
    }

    /** A subclass's instance shows its class's name around the braces, as a frozenset does. */
    static String repr(ThreadState ts, PySet s, PyType type) {
        String name = type.name;
        if (s.size() == 0) {
            return name + "()";
        }
        String body = Ops.containerRepr(ts, s, "{", "}", s.toArray(), false);
        if (body.equals("{...}")) {
            return name + "(...)";
        }
        return s.frozen || type != TYPE ? name + "(" + body + ")" : body;
    }

    static Object richCompare(ThreadState ts, Object self, Object other, int op) {
        if (!(PyValueInstance.unwrap(other) instanceof PySet o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PySet v = (PySet) self;
        return switch (op) {
            case Compare.EQ, Compare.NE -> {
                boolean eq = v.size() == o.size() && !(v.frozen && o.frozen && v.cachedHash != -1
                        && o.cachedHash != -1 && v.cachedHash != o.cachedHash) && isSubset(ts, v, o);
                yield eq == (op == Compare.EQ);
            }
            case Compare.LE -> isSubset(ts, v, o);
            case Compare.GE -> isSuperset(ts, v, o);
            case Compare.LT -> v.size() < o.size() && isSubset(ts, v, o);
            default -> v.size() > o.size() && isSuperset(ts, v, o);
        };
    }

    /** The set iterator: table order; "Set changed size during iteration" as CPython. */
    static final class Iter extends PyIterator {
        private PySet set;
        private final int expected;
        private int pos;

        Iter(PySet set) {
            super(ITERATOR);
            this.set = set;
            this.expected = set.size();
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.size() != expected) {
                throw PyException.runtimeError("Set changed size during iteration");
            }
            Table t = s.table;
            while (pos <= t.mask) {
                Object k = KEY.getAcquire(t.keys, pos++);
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            set = null;
            return null;
        }

        @PyMethod("($self, /)")
        public static Object __length_hint__(Object self) {
            Iter it = (Iter) self;
            return it.set == null || it.set.size() != it.expected ? 0L : (long) Math.max(0, it.expected);
        }
    }

    synchronized Object popKey() {
        if (used == 0) {
            throw PyException.keyError("pop from an empty set");
        }
        Table t = table;
        int j = finger & t.mask;
        while (t.keys[j] == null || t.keys[j] == DUMMY) {
            j = j == t.mask ? 0 : j + 1;
        }
        Object k = t.keys[j];
        KEY.setRelease(t.keys, j, DUMMY);
        t.hashes[j] = -1;
        used--;
        finger = j + 1;
        return k;
    }

    // ---- Python methods of set (frozenset's are in PyFrozenSet) ----

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) { return new PySet(); }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw unhashableKwargs("set");
        }
        if (args.length > 1) {
            throw PyException.typeError("set expected at most 1 argument, got " + args.length);
        }
        PySet s = self(self);
        if (s.fill > 0) {
            s.clearTable();
        }
        if (args.length == 1) {
            s.updateFrom(ts, args[0]);
        }
    }

    @PyMethod("($self, object, /)")
    public static void add(ThreadState ts, Object self, Object o) { self(self).add(ts, o); }

    @PyMethod("($self, object, /)")
    public static void discard(ThreadState ts, Object self, Object o) { self(self).discard(ts, o); }

    @PyMethod("($self, object, /)")
    public static void remove(ThreadState ts, Object self, Object o) {
        if (!self(self).discard(ts, o)) {
            throw PyException.keyError(o);
        }
    }

    @PyMethod("($self, /)")
    public static Object pop(Object self) { return self(self).popKey(); }

    @PyMethod("($self, /)")
    public static void clear(Object self) { self(self).clearTable(); }

    @PyMethod("($self, /)")
    public static Object copy(ThreadState ts, Object self) { return self(self).copySet(ts); }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).size(); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new Iter(self(self)); }

    @PyMethod("($self, object, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return self(self).contains(ts, key); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        return repr(ts, (PySet) PyValueInstance.unwrap(self), Ops.type(self));
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce__(Object self) { return reduce(self); }

    /** (class, (list of items,), instance dict or None), for set and frozenset and their subclasses. */
    static Object reduce(Object self) {
        PySet s = (PySet) PyValueInstance.unwrap(self);
        Object state = self instanceof PyValueInstance v && v.dict().size() > 0 ? v.dict() : Singleton.NONE;
        return PyTuple.of(Ops.type(self), PyTuple.of(new PyList(s.toArray())), state);
    }

    @PyMethod("($self, /, *others)")
    public static Object union(ThreadState ts, Object self, Object[] others) {
        PySet out = self(self).copySet(ts);
        for (Object o : others) {
            if (o != self) {
                out.updateFrom(ts, o);
            }
        }
        return out;
    }

    @PyMethod("($self, /, *others)")
    public static Object intersection(ThreadState ts, Object self, Object[] others) {
        PySet out = self(self);
        if (others.length == 0) {
            return out.copySet(ts);
        }
        for (Object o : others) {
            out = intersection(ts, out, o);
        }
        return out;
    }

    @PyMethod("($self, /, *others)")
    public static Object difference(ThreadState ts, Object self, Object[] others) {
        PySet s = self(self);
        if (others.length == 0) {
            return s.copySet(ts);
        }
        PySet out = difference(ts, s, others[0]);
        for (int i = 1; i < others.length; i++) {
            out.differenceUpdate(ts, others[i]);
        }
        return out;
    }

    @PyMethod("($self, other, /)")
    public static Object symmetric_difference(ThreadState ts, Object self, Object other) {
        PySet out = newLike(ts, self(self), other);
        out.symmetricDifferenceUpdate(ts, self);
        return out;
    }

    @PyMethod("($self, /, *others)")
    public static void update(ThreadState ts, Object self, Object[] others) {
        for (Object o : others) {
            self(self).updateFrom(ts, o);
        }
    }

    @PyMethod("($self, /, *others)")
    public static void intersection_update(ThreadState ts, Object self, Object[] others) {
        self(self).takeBody((PySet) intersection(ts, self, others));
    }

    @PyMethod("($self, /, *others)")
    public static void difference_update(ThreadState ts, Object self, Object[] others) {
        for (Object o : others) {
            self(self).differenceUpdate(ts, o);
        }
    }

    @PyMethod("($self, other, /)")
    public static void symmetric_difference_update(ThreadState ts, Object self, Object other) {
        self(self).symmetricDifferenceUpdate(ts, other);
    }

    @PyMethod("($self, other, /)")
    public static Object issubset(ThreadState ts, Object self, Object other) { return isSubset(ts, self(self), other); }

    @PyMethod("($self, other, /)")
    public static Object issuperset(ThreadState ts, Object self, Object other) { return isSuperset(ts, self(self), other); }

    @PyMethod("($self, other, /)")
    public static Object isdisjoint(ThreadState ts, Object self, Object other) { return isDisjoint(ts, self(self), other); }

    @PyMethod("($self, value, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? union(ts, self, new Object[] {other}) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __ror__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? union(ts, other, new Object[] {self}) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __and__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? intersection(ts, self(self), other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __rand__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? intersection(ts, self(other), self) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __sub__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? difference(ts, self(self), other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? difference(ts, self(other), self) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __xor__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? symmetric_difference(ts, self, other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __rxor__(ThreadState ts, Object self, Object other) {
        return isAnySet(other) ? symmetric_difference(ts, other, self) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __ior__(ThreadState ts, Object self, Object other) {
        if (!isAnySet(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        self(self).updateFrom(ts, other);
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __iand__(ThreadState ts, Object self, Object other) {
        if (!isAnySet(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        self(self).takeBody(intersection(ts, self(self), other));
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __isub__(ThreadState ts, Object self, Object other) {
        if (!isAnySet(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        self(self).differenceUpdate(ts, other);
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __ixor__(ThreadState ts, Object self, Object other) {
        if (!isAnySet(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        self(self).symmetricDifferenceUpdate(ts, other);
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return richCompare(ts, self, other, Compare.GE); }
}
