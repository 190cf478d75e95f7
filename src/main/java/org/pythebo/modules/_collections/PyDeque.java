package org.pythebo.modules._collections;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code collections.deque}: a ring buffer whose capacity is a power of two. Every operation
 * locks the deque alone and only for as long as it moves references, so a producer appending and
 * a consumer popping on two cores each see every operation whole, as under CPython's GIL, and
 * nothing wider than the one deque is ever locked; {@code len()} reads the size without the lock.
 * Code that calls back into Python (comparisons in index, count, remove, ==) reads one element
 * at a time under the lock and compares outside it; {@link #state}, the count of changes that
 * move elements (CPython's deque->state), tells it whether the deque changed meanwhile.
 */
public final class PyDeque extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("collections.deque", PyType.OBJECT, PyDeque.class,
            PyType.Layout.OBJECT);

    public static final String __doc__ = "deque([iterable[, maxlen]]) --> deque object\n\n"
            + "A list-like sequence optimized for data accesses near its endpoints.";

    static {
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    private Object[] ring = new Object[8];
    /** Where the leftmost element is. */
    private int head;
    private volatile int size;
    /** Bumped by every change that moves elements; setting an item or reversing does not. */
    private long state;
    /** The largest size, or -1 when unbounded. */
    private volatile long maxlen = -1;

    @Override
    public PyType type() { return TYPE; }

    int size() { return size; }

    /** The deque behind {@code o} (a deque or an instance of a subclass), or null. */
    static PyDeque asDeque(Object o) {
        return PyValueInstance.unwrap(o) instanceof PyDeque d ? d : null;
    }

    private static PyDeque self(Object self) {
        return (PyDeque) PyValueInstance.unwrap(self);
    }

    // ---- the ring, always under the lock ----

    private Object at(int i) {
        return ring[(head + i) & (ring.length - 1)];
    }

    private void growIfFull() {
        int n = size;
        if (n == ring.length) {
            Object[] a = new Object[n * 2];
            for (int i = 0; i < n; i++) {
                a[i] = at(i);
            }
            ring = a;
            head = 0;
        }
    }

    private void pushRight(Object x) {
        growIfFull();
        ring[(head + size) & (ring.length - 1)] = x;
        size = size + 1;
    }

    private void pushLeft(Object x) {
        growIfFull();
        head = (head - 1) & (ring.length - 1);
        ring[head] = x;
        size = size + 1;
    }

    private Object takeRight() {
        int i = (head + size - 1) & (ring.length - 1);
        Object x = ring[i];
        ring[i] = null;
        size = size - 1;
        return x;
    }

    private Object takeLeft() {
        Object x = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size = size - 1;
        return x;
    }

    /** Removes logical position i, shifting the shorter side. */
    private void removeAt(int i) {
        int n = size;
        int mask = ring.length - 1;
        if (i < n / 2) {
            for (int j = i; j > 0; j--) {
                ring[(head + j) & mask] = ring[(head + j - 1) & mask];
            }
            takeLeft();
        } else {
            for (int j = i; j < n - 1; j++) {
                ring[(head + j) & mask] = ring[(head + j + 1) & mask];
            }
            takeRight();
        }
    }

    /** Inserts x before logical position i (0 < i < size). */
    private void insertAt(int i, Object x) {
        growIfFull();
        int n = size;
        int mask = ring.length - 1;
        if (i < n / 2) {
            head = (head - 1) & mask;
            for (int j = 0; j < i; j++) {
                ring[(head + j) & mask] = ring[(head + j + 1) & mask];
            }
        } else {
            for (int j = n; j > i; j--) {
                ring[(head + j) & mask] = ring[(head + j - 1) & mask];
            }
        }
        ring[(head + i) & mask] = x;
        size = n + 1;
    }

    // ---- operations, each atomic ----

    synchronized Object[] snapshot() {
        int n = size;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = at(i);
        }
        return out;
    }

    synchronized long state() { return state; }

    /** The element at logical position i when the deque is still in state {@code expected}; null if it changed. */
    synchronized Object itemIfUnchanged(int i, long expected) {
        return state == expected && i < size ? at(i) : null;
    }

    public synchronized void append(Object x) {
        pushRight(x);
        if (maxlen >= 0 && size > maxlen) {
            takeLeft();
        }
        state++;
    }

    public synchronized void appendLeft(Object x) {
        pushLeft(x);
        if (maxlen >= 0 && size > maxlen) {
            takeRight();
        }
        state++;
    }

    public synchronized Object pop() {
        if (size == 0) {
            throw PyException.indexError("pop from an empty deque");
        }
        state++;
        return takeRight();
    }

    public synchronized Object popLeft() {
        if (size == 0) {
            throw PyException.indexError("pop from an empty deque");
        }
        state++;
        return takeLeft();
    }

    private synchronized void appendAll(Object[] items, boolean left) {
        for (Object x : items) {
            if (left) {
                appendLeft(x);
            } else {
                append(x);
            }
        }
    }

    /** extend/extendleft: a list, tuple or the deque itself at once; any other iterable one item at a time. */
    private void extend(ThreadState ts, Object iterable, boolean left) {
        Object source = PyValueInstance.unwrap(iterable);
        if (source == this) {
            appendAll(snapshot(), left);
            return;
        }
        if (source instanceof PyList || source instanceof PyTuple) {
            appendAll(Ops.toArray(ts, source), left);
            return;
        }
        PyIterator it = Ops.iter(ts, iterable);
        for (Object x = it.next(ts); x != null; x = it.next(ts)) {
            if (maxlen == 0) {
                continue;
            }
            if (left) {
                appendLeft(x);
            } else {
                append(x);
            }
        }
    }

    synchronized void clearAll() {
        ring = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    synchronized void rotate(long n) {
        int len = size;
        if (len <= 1) {
            return;
        }
        state++;
        long k = Math.floorMod(n, (long) len);
        if (k == 0) {
            return;
        }
        if (len == ring.length) {
            head = (int) ((head - k) & (ring.length - 1));
            return;
        }
        if (k <= len / 2) {
            for (long i = 0; i < k; i++) {
                pushLeft(takeRight());
            }
        } else {
            for (long i = 0; i < len - k; i++) {
                pushRight(takeLeft());
            }
        }
    }

    synchronized void reverseInPlace() {
        int mask = ring.length - 1;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int a = (head + i) & mask;
            int b = (head + j) & mask;
            Object t = ring[a];
            ring[a] = ring[b];
            ring[b] = t;
        }
    }

    /** Replaces the contents by the repetition of its n times, keeping the last maxlen items. */
    synchronized void repeatInPlace(long n) {
        int len = size;
        if (n <= 0) {
            if (len > 0) {
                clearAll();
            }
            return;
        }
        if (len == 0 || n == 1) {
            return;
        }
        long total = (long) len * n;
        long keep = maxlen >= 0 ? Math.min(maxlen, total) : total;
        if (n > Integer.MAX_VALUE || keep > Integer.MAX_VALUE - 8) {
            throw PyException.of(Exc.MemoryError, "");
        }
        Object[] items = snapshot();
        Object[] a = new Object[Math.max(8, Integer.highestOneBit((int) keep - 1) << 1)];
        long start = total - keep;
        for (int i = 0; i < keep; i++) {
            a[i] = items[(int) ((start + i) % len)];
        }
        ring = a;
        head = 0;
        size = (int) keep;
        state++;
    }

    private synchronized void setAt(long index, Object value) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PyException.indexError("deque index out of range");
        }
        ring[(int) ((head + i) & (ring.length - 1))] = value;
    }

    private synchronized Object getAt(long index) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PyException.indexError("deque index out of range");
        }
        return at((int) i);
    }

    private synchronized void deleteAt(long index) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PyException.indexError("deque index out of range");
        }
        removeAt((int) i);
        state++;
    }

    /** Removes logical position i if the deque is still in state {@code expected}. */
    private synchronized boolean removeIfUnchanged(int i, long expected) {
        if (state != expected || i >= size) {
            return false;
        }
        removeAt(i);
        state++;
        return true;
    }

    private synchronized void insert(long index, Object x) {
        int n = size;
        if (maxlen >= 0 && n >= maxlen) {
            throw PyException.indexError("deque already at its maximum size");
        }
        if (index >= n) {
            pushRight(x);
        } else if (index <= -n || index == 0) {
            pushLeft(x);
        } else {
            insertAt((int) (index < 0 ? index + n : index), x);
        }
        state++;
    }

    /** A new deque of this class with the same items and maxlen: exact deques directly, subclasses by calling the class. */
    static Object copyOf(ThreadState ts, Object visible) {
        PyDeque d = self(visible);
        if (!(visible instanceof PyValueInstance)) {
            PyDeque out = new PyDeque();
            out.maxlen = d.maxlen;
            out.appendAll(d.snapshot(), false);
            return out;
        }
        long max = d.maxlen;
        return max < 0 ? Ops.call(ts, Ops.type(visible), visible) : Ops.call(ts, Ops.type(visible), visible, max);
    }

    // ---- argument conversion ----

    /** A sequence index (sq_item): an int, or an object with __index__; huge values are IndexError. */
    private static long itemIndex(ThreadState ts, Object key) {
        if (key instanceof Long l) {
            return l;
        }
        if (Convert.intValue(key) == null && Ops.type(key).lookup("__index__") == null) {
            throw PyException.typeError("sequence index must be integer, not '" + Ops.typeName(key) + "'");
        }
        Object v = Convert.index(ts, key);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.of(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }

    /** The bounds of index(): ints or __index__ objects, clamped (_PyEval_SliceIndexNotNone). */
    private static long sliceBound(ThreadState ts, Object o) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("slice indices must be integers or have an __index__ method");
        }
        return Convert.asSsizeClamped(ts, o);
    }

    /** The repetition count of *, *= (sq_repeat): needs __index__; huge values are OverflowError. */
    private static long repeatCount(ThreadState ts, Object n) {
        if (Convert.intValue(n) == null && Ops.type(n).lookup("__index__") == null) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(n) + "'");
        }
        Object v = Convert.index(ts, n);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.overflow("cannot fit 'int' into an index-sized integer");
    }

    /** A maxlen argument: None, or a non-negative int (no __index__, as PyLong_AsSsize_t). */
    static long maxlenArgument(Object o) {
        if (o == null || o == Singleton.NONE) {
            return -1;
        }
        Object v = Convert.intValue(o);
        if (v == null) {
            throw PyException.typeError("an integer is required");
        }
        if (v instanceof BigInteger) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        long n = (Long) v;
        if (n < 0) {
            throw PyException.valueError("maxlen must be non-negative");
        }
        return n;
    }

    // ---- construction ----

    @PyMethod(value = "($type, *args, **kwargs)", seesSubclass = true)
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        PyType t = (PyType) cls;
        return t == TYPE ? new PyDeque() : new PyValueInstance(t, new PyDeque());
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        Object[] bound = {null, null};
        String[] names = {"iterable", "maxlen"};
        int total = args.length + kwargs.size();
        if (total > 2) {
            throw PyException.typeError("deque() takes at most 2 arguments (" + total + " given)");
        }
        System.arraycopy(args, 0, bound, 0, args.length);
        for (Object k : kwargs.keys()) {
            int i = names[0].equals(k) ? 0 : names[1].equals(k) ? 1 : -1;
            if (i < 0) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for deque()");
            }
            if (i < args.length) {
                throw PyException.typeError("argument for deque() given by name ('" + k + "') and position (" + (i + 1)
                        + ")");
            }
            bound[i] = kwargs.get(ts, k);
        }
        PyDeque d = self(self);
        long max = maxlenArgument(bound[1]);
        synchronized (d) {
            d.maxlen = max;
            if (d.size > 0) {
                d.clearAll();
            }
        }
        if (bound[0] != null) {
            d.extend(ts, bound[0], false);
        }
    }

    // ---- methods ----

    @PyMethod(value = "($self, x, /)", doc = "Add an element to the right side of the deque.")
    public static void append(Object self, Object x) { self(self).append(x); }

    @PyMethod(value = "($self, x, /)", doc = "Add an element to the left side of the deque.")
    public static void appendleft(Object self, Object x) { self(self).appendLeft(x); }

    @PyMethod(value = "($self, /)", doc = "Remove and return the rightmost element.")
    public static Object pop(Object self) { return self(self).pop(); }

    @PyMethod(value = "($self, /)", doc = "Remove and return the leftmost element.")
    public static Object popleft(Object self) { return self(self).popLeft(); }

    @PyMethod(value = "($self, iterable, /)", doc = "Extend the right side of the deque with elements from the iterable")
    public static void extend(ThreadState ts, Object self, Object iterable) { self(self).extend(ts, iterable, false); }

    @PyMethod(value = "($self, iterable, /)", doc = "Extend the left side of the deque with elements from the iterable")
    public static void extendleft(ThreadState ts, Object self, Object iterable) { self(self).extend(ts, iterable, true); }

    @PyMethod(value = "($self, /)", doc = "Remove all elements from the deque.")
    public static void clear(Object self) { self(self).clearAll(); }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return a shallow copy of a deque.")
    public static Object copy(ThreadState ts, Object self) { return copyOf(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return a shallow copy of a deque.")
    public static Object __copy__(ThreadState ts, Object self) { return copyOf(ts, self); }

    @PyMethod(value = "($self, /)", doc = "D.reverse() -- reverse *IN PLACE*")
    public static void reverse(Object self) { self(self).reverseInPlace(); }

    @PyMethod(value = "($self, *args)",
            doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")
    public static void rotate(ThreadState ts, Object self, Object[] args) {
        if (args.length > 1) {
            throw PyException.typeError("deque.rotate expected at most 1 argument, got " + args.length);
        }
        self(self).rotate(args.length == 0 ? 1 : Convert.asSsize(ts, args[0]));
    }

    @PyMethod(value = "($self, value, /)", doc = "D.count(value) -- return number of occurrences of value")
    public static Object count(ThreadState ts, Object self, Object value) {
        PyDeque d = self(self);
        long expected = d.state();
        long n = 0;
        for (int i = 0; ; i++) {
            Object x = d.itemIfUnchanged(i, expected);
            if (x == null) {
                if (d.state() != expected) {
                    throw PyException.runtimeError("deque mutated during iteration");
                }
                return n;
            }
            if (Ops.eq(ts, x, value)) {
                n++;
            }
            if (d.state() != expected) {
                throw PyException.runtimeError("deque mutated during iteration");
            }
        }
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object value) {
        PyDeque d = self(self);
        long expected = d.state();
        for (int i = 0; ; i++) {
            Object x = d.itemIfUnchanged(i, expected);
            if (x == null) {
                if (d.state() != expected) {
                    throw PyException.runtimeError("deque mutated during iteration");
                }
                return false;
            }
            if (Ops.eq(ts, x, value)) {
                return true;
            }
            if (d.state() != expected) {
                throw PyException.runtimeError("deque mutated during iteration");
            }
        }
    }

    @PyMethod(value = "($self, value, start=?, stop=?, /)", args = ArgStyle.TUPLE,
            doc = "D.index(value, [start, [stop]]) -- return first index of value.\n"
                    + "Raises ValueError if the value is not present.")
    public static Object index(ThreadState ts, Object self, Object value, Object start, Object stop) {
        PyDeque d = self(self);
        long n = d.size;
        long lo = start == null ? 0 : sliceBound(ts, start);
        long hi = stop == null ? n : sliceBound(ts, stop);
        if (lo < 0) {
            lo = Math.max(0, lo + n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + n);
        }
        hi = Math.min(hi, n);
        long expected = d.state();
        for (long i = lo; i < hi; i++) {
            Object x = d.itemIfUnchanged((int) i, expected);
            if (x == null) {
                if (d.state() != expected) {
                    throw PyException.runtimeError("deque mutated during iteration");
                }
                break;
            }
            if (Ops.eq(ts, x, value)) {
                return i;
            }
            if (d.state() != expected) {
                throw PyException.runtimeError("deque mutated during iteration");
            }
        }
        throw PyException.valueError(Ops.repr(ts, value) + " is not in deque");
    }

    @PyMethod(value = "($self, value, /)", doc = "D.remove(value) -- remove first occurrence of value.")
    public static void remove(ThreadState ts, Object self, Object value) {
        PyDeque d = self(self);
        long expected = d.state();
        for (int i = 0; ; i++) {
            Object x = d.itemIfUnchanged(i, expected);
            if (x == null) {
                if (d.state() != expected) {
                    throw PyException.indexError("deque mutated during iteration");
                }
                throw PyException.valueError(Ops.repr(ts, value) + " is not in deque");
            }
            boolean found = Ops.eq(ts, x, value);
            if (d.state() != expected) {
                throw PyException.indexError("deque mutated during iteration");
            }
            if (found) {
                if (!d.removeIfUnchanged(i, expected)) {
                    throw PyException.indexError("deque mutated during iteration");
                }
                return;
            }
        }
    }

    @PyMethod(value = "($self, index, object, /)", args = ArgStyle.TUPLE,
            doc = "D.insert(index, object) -- insert object before index")
    public static void insert(ThreadState ts, Object self, Object index, Object x) {
        self(self).insert(Convert.asSsize(ts, index), x);
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(ThreadState ts, Object self, Object key) {
        return self(self).getAt(itemIndex(ts, key));
    }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(ThreadState ts, Object self, Object key, Object value) {
        self(self).setAt(itemIndex(ts, key), value);
    }

    @PyMethod("($self, key, /)")
    public static void __delitem__(ThreadState ts, Object self, Object key) {
        self(self).deleteAt(itemIndex(ts, key));
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).size; }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return new DequeIterator(self, false); }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "D.__reversed__() -- return a reverse iterator over the deque")
    public static Object __reversed__(Object self) { return new DequeIterator(self, true); }

    @PyGetter("maxlen")
    public static Object maxlen(Object self) {
        long m = self(self).maxlen;
        return m < 0 ? Singleton.NONE : (Object) m;
    }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        PyDeque d = self(self);
        String name = Ops.type(self).shortName();
        return Ops.reprOnce(d, "[...]", () -> {
            StringBuilder sb = new StringBuilder(name).append("([");
            Object[] items = d.snapshot();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(ts, items[i]));
            }
            sb.append(']');
            long m = d.maxlen;
            if (m >= 0) {
                sb.append(", maxlen=").append(m);
            }
            return sb.append(')').toString();
        });
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce__(ThreadState ts, Object self) {
        PyDeque d = self(self);
        Object state = Ops.callMethod(ts, self, "__getstate__");
        long m = d.maxlen;
        Object args = m < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, m);
        return PyTuple.of(Ops.type(self), args, state, new DequeIterator(self, false));
    }

    @PyMethod(value = "($type, item, /)", seesSubclass = true, doc = "See PEP 585")
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }

    @PyMethod(value = "($self, /)", doc = "D.__sizeof__() -- size of D in memory, in bytes")
    public static Object __sizeof__(Object self) {
        PyDeque d = self(self);
        return 216L + 528L * ((d.size + 64) / 64);
    }

    // ---- operators ----

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __add__(ThreadState ts, Object self, Object other) {
        PyDeque o = asDeque(other);
        if (o == null) {
            if (Ops.type(other).lookup("__radd__") instanceof PyFunction) {
                return Singleton.NOT_IMPLEMENTED;
            }
            throw PyException.typeError("can only concatenate deque (not \"" + Ops.typeName(other) + "\") to deque");
        }
        Object result = copyOf(ts, self);
        self(result).extend(ts, other, false);
        return result;
    }

    /** Returns the instance itself, a subclass's included, for {@code d += x} to rebind to. */
    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __iadd__(ThreadState ts, Object self, Object other) {
        self(self).extend(ts, other, false);
        return self;
    }

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __mul__(ThreadState ts, Object self, Object n) {
        // As sq_repeat comes after the numeric slots: a Python class's __rmul__ gets its turn.
        if (Convert.intValue(n) == null && Ops.type(n).lookup("__index__") == null
                && Ops.type(n).lookup("__rmul__") instanceof PyFunction) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return repeated(ts, self, n);
    }

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __rmul__(ThreadState ts, Object self, Object n) { return repeated(ts, self, n); }

    private static Object repeated(ThreadState ts, Object self, Object n) {
        long count = repeatCount(ts, n);
        Object result = copyOf(ts, self);
        self(result).repeatInPlace(count);
        return result;
    }

    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __imul__(ThreadState ts, Object self, Object n) {
        self(self).repeatInPlace(repeatCount(ts, n));
        return self;
    }

    /** deque_richcompare: NotImplemented unless both are deques; then item by item, then the lengths. */
    private static Object compare(ThreadState ts, Object self, Object other, int op) {
        PyDeque w = asDeque(other);
        if (w == null) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PyDeque v = self(self);
        int vs = v.size;
        int ws = w.size;
        if (vs != ws && (op == Compare.EQ || op == Compare.NE)) {
            return op == Compare.NE;
        }
        DequeIterator a = new DequeIterator(v, false);
        DequeIterator b = new DequeIterator(w, false);
        while (true) {
            Object x = a.next(ts);
            Object y = x == null ? null : b.next(ts);
            if (x == null || y == null) {
                break;
            }
            if (!Ops.eq(ts, x, y)) {
                return switch (op) {
                    case Compare.EQ -> false;
                    case Compare.NE -> true;
                    default -> Compare.richCompare(ts, x, y, op);
                };
            }
        }
        return switch (op) {
            case Compare.LT -> vs < ws;
            case Compare.LE -> vs <= ws;
            case Compare.EQ -> vs == ws;
            case Compare.NE -> vs != ws;
            case Compare.GT -> vs > ws;
            default -> vs >= ws;
        };
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GE); }
}
