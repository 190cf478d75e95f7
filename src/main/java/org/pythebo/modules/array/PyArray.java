package org.pythebo.modules.array;

import java.util.Arrays;

import org.pythebo.runtime.bytes.BufferExporter;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code array.array}: items of one typecode in a little-endian byte buffer, which the buffer
 * protocol exports as it is (memoryview, struct.pack_into and file reads write into it).
 *
 * <p>Threads: as for list, writes synchronize on the array and reads take no lock. The contents
 * are one volatile reference to a (buffer, length) pair, so a reader's length always belongs to
 * the buffer it reads. Operations that move items (insert, delete, slice assignment, reverse,
 * byteswap) publish a new buffer; appends fill spare capacity in place only past the longest
 * length ever published for that buffer, so a reader never sees a shifted or half-changed
 * sequence; item stores write in place. Values are converted before the lock is taken, since a
 * conversion may run Python code ({@code __index__}, {@code __float__}).
 *
 * <p>CPython refuses to resize an array while a buffer of it is exported; here exports hold no
 * count, and a view made before a resize keeps reading through {@link #buffer} afresh.
 */
public final class PyArray extends PyObject implements BufferExporter {
    static final PyType TYPE = PyType.newBuiltin("array.array", PyType.OBJECT, PyArray.class, PyType.Layout.OBJECT)
            .allowWeakrefs();

    static final String __doc__ = """
            array(typecode [, initializer]) -> array

            Return a new array whose items are restricted by typecode, and
            initialized from the optional initializer value, which must be a list,
            string or iterable over elements of the appropriate type.

            Arrays represent basic values and behave very much like lists, except
            the type of objects stored in them is constrained. The type is specified
            at object creation time by using a type code, which is a single character.
            The following type codes are defined:

                Type code   C Type             Minimum size in bytes
                'b'         signed integer     1
                'B'         unsigned integer   1
                'u'         Unicode character  2 (see note)
                'h'         signed integer     2
                'H'         unsigned integer   2
                'i'         signed integer     2
                'I'         unsigned integer   2
                'l'         signed integer     4
                'L'         unsigned integer   4
                'q'         signed integer     8 (see note)
                'Q'         unsigned integer   8 (see note)
                'f'         floating point     4
                'd'         floating point     8

            NOTE: The 'u' typecode corresponds to Python's unicode character. On
            narrow builds this is 2-bytes on wide builds this is 4-bytes.

            NOTE: The 'q' and 'Q' type codes are only available if the platform
            C compiler used to build Python supports 'long long', or, on Windows,
            '__int64'.

            Methods:

            append() -- append a new item to the end of the array
            buffer_info() -- return information giving the current memory info
            byteswap() -- byteswap all the items of the array
            count() -- return number of occurrences of an object
            extend() -- extend array by appending multiple elements from an iterable
            fromfile() -- read items from a file object
            fromlist() -- append items from the list
            frombytes() -- append items from the string
            index() -- return index of first occurrence of an object
            insert() -- insert a new item into the array at a provided position
            pop() -- remove and return item (default last)
            remove() -- remove first occurrence of an object
            reverse() -- reverse the order of the items in the array
            tofile() -- write all items to a file object
            tolist() -- return the array converted to an ordinary list
            tobytes() -- return the array converted to a string

            Attributes:

            typecode -- the typecode character used to create the array
            itemsize -- the length in bytes of one array item
            """;

    static {
        TYPE.typeDict().put("__module__", "array");
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    private record Contents(byte[] buf, int length) {}

    final TypeCode tc;
    private volatile Contents contents;
    /**
     * The longest length published for the current buffer (guarded by this): only positions
     * from here up may be filled in place, since a reader of an older state may read below it.
     */
    private int highWater;

    PyArray(TypeCode tc) {
        this.tc = tc;
        this.contents = new Contents(new byte[0], 0);
    }

    /** An array of {@code length} items taken from {@code buf} (which it owns). */
    PyArray(TypeCode tc, byte[] buf, int length) {
        this.tc = tc;
        this.contents = new Contents(buf, length);
        this.highWater = length;
    }

    @Override
    public PyType type() { return TYPE; }

    /** The array of self, whether a plain array or an instance of a subclass. */
    static PyArray of(Object o) {
        return (PyArray) PyValueInstance.unwrap(o);
    }

    /** The array an object is, or null. */
    static PyArray asArray(Object o) {
        Object v = PyValueInstance.unwrap(o);
        return v instanceof PyArray a ? a : null;
    }

    int length() {
        return contents.length;
    }

    @Override
    public PyBuffer buffer() {
        Contents c = contents;
        return new PyBuffer(c.buf, 0, c.length * tc.size, false);
    }

    @Override
    public String bufferFormat() {
        return tc.code == 'u' ? "w" : String.valueOf(tc.code);
    }

    @Override
    public int bufferItemSize() {
        return tc.size;
    }

    /** A consistent copy of the items' bytes. */
    byte[] toBytes() {
        Contents c = contents;
        return Arrays.copyOf(c.buf, c.length * tc.size);
    }

    /** The item at a non-negative index, or null past the end. */
    static Object getOrNull(PyArray a, int i) {
        Contents c = a.contents;
        return i < c.length ? a.tc.get(c.buf, i) : null;
    }

    private Object[] items() {
        Contents c = contents;
        Object[] out = new Object[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = tc.get(c.buf, i);
        }
        return out;
    }

    // ---- growing and publishing (callers hold the lock) ----

    /**
     * The capacity in items CPython's array_resize gives an array of {@code length} items (with
     * room for {@code allocated}) that becomes {@code newLength} long; __sizeof__ shows it.
     */
    private int resized(int allocated, int length, int newLength) {
        if (allocated >= newLength && length < newLength + 16) {
            return allocated;
        }
        if (newLength == 0) {
            return 0;
        }
        long n = (newLength >> 4) + (length < 8 ? 3 : 7) + (long) newLength;
        if (n * tc.size > Integer.MAX_VALUE - 8) {
            throw PyException.of(Exc.MemoryError, null);
        }
        return (int) n;
    }

    private int allocated(Contents c) {
        return c.buf.length / tc.size;
    }

    /** An empty buffer for the array {@code c} resized to {@code newLength} items. */
    private byte[] resizedBuffer(Contents c, int newLength) {
        return new byte[resized(allocated(c), c.length, newLength) * tc.size];
    }

    private void publish(byte[] buf, int length) {
        contents = new Contents(buf, length);
        highWater = length;
    }

    /**
     * The buffer to append to: the current one while it has room past every length a reader may
     * still hold, else a copy with the capacity array_resize would give.
     */
    private byte[] growable(Contents c, int newLength) {
        int cap = resized(allocated(c), c.length, newLength);
        return cap == allocated(c) && c.length >= highWater ? c.buf : Arrays.copyOf(c.buf, cap * tc.size);
    }

    private void appended(Contents c, byte[] buf, int newLength) {
        boolean same = buf == c.buf;
        contents = new Contents(buf, newLength);
        highWater = same ? Math.max(highWater, newLength) : newLength;
    }

    /** Appends items already encoded as bytes (a multiple of the item size). */
    private void appendBytes(byte[] more, int off, int len) {
        Contents c = contents;
        if ((long) c.length + len / tc.size > Integer.MAX_VALUE - 8) {
            throw PyException.of(Exc.MemoryError, null);
        }
        int newLength = c.length + len / tc.size;
        byte[] buf = growable(c, newLength);
        System.arraycopy(more, off, buf, c.length * tc.size, len);
        appended(c, buf, newLength);
    }

    private void appendItem(long item) {
        Contents c = contents;
        byte[] buf = growable(c, c.length + 1);
        tc.store(buf, c.length, item);
        appended(c, buf, c.length + 1);
    }

    // ---- construction ----

    /** array(typecode[, initializer]); a subclass whose __init__ is array's (object's) takes no keywords either. */
    @PyMethod(value = "($type, *args, **kwargs)", seesSubclass = true)
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        PyType type = (PyType) cls;
        if (kwargs != null && kwargs.size() > 0 && (type == TYPE || type.lookup("__init__") == PyType.OBJECT.lookup("__init__"))) {
            throw PyException.typeError("array.array() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw PyException.typeError("array() takes at least 1 argument (0 given)");
        }
        if (args.length > 2) {
            throw PyException.typeError("array() takes at most 2 arguments (" + args.length + " given)");
        }
        int c = unicodeChar(args[0], "array() argument 1");
        Object initial = args.length > 1 ? args[1] : null;
        PyArray a = make(ts, c, initial);
        return type == TYPE ? a : new PyValueInstance(type, a);
    }

    /** A str of one character's code point; else CPython's "must be a unicode character" TypeError. */
    static int unicodeChar(Object o, String what) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof String s && !s.isEmpty() && s.length() == Character.charCount(s.codePointAt(0))) {
            return s.codePointAt(0);
        }
        throw PyException.typeError(what + " must be a unicode character, not " + Ops.typeName(o));
    }

    /** array_new's checks and initialisation, in its order. */
    static PyArray make(ThreadState ts, int c, Object initial) {
        PyArray init = initial == null ? null : asArray(initial);
        Object initValue = PyValueInstance.unwrap(initial);
        if (initial != null && c != 'u') {
            if (initValue instanceof String) {
                throw PyException.typeError("cannot use a str to initialize an array with typecode '"
                        + Character.toString(c) + "'");
            }
            if (init != null && init.tc.code == 'u') {
                throw PyException.typeError("cannot use a unicode array to initialize an array with typecode '"
                        + Character.toString(c) + "'");
            }
        }
        TypeCode tc = TypeCode.of(c);
        if (tc == null) {
            throw PyException.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray a = new PyArray(tc);
        if (initial == null) {
            return a;
        }
        if (initValue instanceof PyList || initValue instanceof PyTuple) {
            Object[] items = Ops.toArray(ts, initValue);
            byte[] buf = new byte[items.length * tc.size];
            for (int i = 0; i < items.length; i++) {
                tc.store(buf, i, tc.convert(ts, items[i]));
            }
            a.contents = new Contents(buf, items.length);
            a.highWater = items.length;
        } else if (initValue instanceof PyBytes || initValue instanceof PyByteArray) {
            frombytes(a, Convert.buffer(initValue));
        } else if (c == 'u' && initValue instanceof String s) {
            int[] cps = s.codePoints().toArray();
            byte[] buf = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                tc.store(buf, i, cps[i]);
            }
            a.contents = new Contents(buf, cps.length);
            a.highWater = cps.length;
        } else if (init != null && init.tc == tc) {
            byte[] b = init.toBytes();
            a.contents = new Contents(b, b.length / tc.size);
            a.highWater = a.contents.length;
        } else {
            a.extendFrom(ts, Ops.iter(ts, initial));
        }
        return a;
    }

    private void extendFrom(ThreadState ts, PyIterator it) {
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            long item = tc.convert(ts, v);
            synchronized (this) {
                appendItem(item);
            }
        }
    }

    // ---- the sequence protocol ----

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) of(self).contents.length; }

    /** PyNumber_AsSsize_t(o, exc): an index, with {@code exc} for one too large. */
    private static long ssize(Object o, boolean indexError) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = Convert.index(null, o);
        if (v instanceof Long l) {
            return l;
        }
        String message = "cannot fit 'int' into an index-sized integer";
        throw indexError ? PyException.indexError(message) : PyException.overflow(message);
    }

    private static int index(Object key, int length, String message) {
        long i = ssize(key, true);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyException.indexError(message);
        }
        return (int) i;
    }

    private static boolean isIndex(Object key) {
        return key instanceof Long || Convert.intValue(key) != null
                || !(key instanceof PySlice) && Ops.type(key).lookup("__index__") != null;
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        PyArray a = of(self);
        Contents c = a.contents;
        if (key instanceof Long l && l >= 0 && l < c.length) {
            return a.tc.get(c.buf, (int) (long) l);
        }
        if (isIndex(key)) {
            return a.tc.get(c.buf, index(key, c.length, "array index out of range"));
        }
        if (key instanceof PySlice s) {
            long[] ix = s.indices(c.length);
            int n = (int) ix[3];
            int size = a.tc.size;
            byte[] out = new byte[n * size];
            if (ix[2] == 1) {
                System.arraycopy(c.buf, (int) ix[0] * size, out, 0, n * size);
            } else {
                for (int i = 0; i < n; i++) {
                    System.arraycopy(c.buf, (int) (ix[0] + i * ix[2]) * size, out, i * size, size);
                }
            }
            return new PyArray(a.tc, out, n);
        }
        throw PyException.typeError("array indices must be integers");
    }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(ThreadState ts, Object self, Object key, Object value) {
        PyArray a = of(self);
        if (isIndex(key)) {
            long item = a.tc.convert(ts, value);
            synchronized (a) {
                Contents c = a.contents;
                a.tc.store(c.buf, index(key, c.length, "array assignment index out of range"), item);
            }
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw PyException.typeError("array indices must be integers");
        }
        PyArray v = asArray(value);
        if (v == null) {
            throw PyException.typeError("can only assign array (not \"" + Ops.typeName(value) + "\") to array slice");
        }
        if (v.tc != a.tc) {
            throw PyException.typeError("bad argument type for built-in operation");
        }
        byte[] src = v.toBytes();
        synchronized (a) {
            a.assignSlice(s, src);
        }
    }

    private void assignSlice(PySlice s, byte[] src) {
        Contents c = contents;
        long[] ix = s.indices(c.length);
        int size = tc.size;
        int n = src.length / size;
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = Math.max(start, (int) ix[1]);
            int newLength = c.length - (stop - start) + n;
            byte[] buf = resizedBuffer(c, newLength);
            System.arraycopy(c.buf, 0, buf, 0, start * size);
            System.arraycopy(src, 0, buf, start * size, n * size);
            System.arraycopy(c.buf, stop * size, buf, (start + n) * size, (c.length - stop) * size);
            publish(buf, newLength);
            return;
        }
        int count = (int) ix[3];
        if (n != count) {
            throw PyException.valueError("attempt to assign array of size " + n + " to extended slice of size " + count);
        }
        byte[] buf = Arrays.copyOf(c.buf, c.buf.length);
        for (int i = 0; i < count; i++) {
            System.arraycopy(src, i * size, buf, (int) (ix[0] + i * ix[2]) * size, size);
        }
        publish(buf, c.length);
    }

    @PyMethod("($self, key, /)")
    public static void __delitem__(Object self, Object key) {
        PyArray a = of(self);
        if (isIndex(key)) {
            synchronized (a) {
                a.deleteAt(index(key, a.contents.length, "array assignment index out of range"));
            }
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw PyException.typeError("array indices must be integers");
        }
        synchronized (a) {
            Contents c = a.contents;
            long[] ix = s.indices(c.length);
            int count = (int) ix[3];
            if (count == 0) {
                return;
            }
            int size = a.tc.size;
            boolean[] gone = new boolean[c.length];
            for (int i = 0; i < count; i++) {
                gone[(int) (ix[0] + i * ix[2])] = true;
            }
            byte[] buf = a.resizedBuffer(c, c.length - count);
            int k = 0;
            for (int i = 0; i < c.length; i++) {
                if (!gone[i]) {
                    System.arraycopy(c.buf, i * size, buf, k++ * size, size);
                }
            }
            a.publish(buf, k);
        }
    }

    private void deleteAt(int i) {
        Contents c = contents;
        int size = tc.size;
        byte[] buf = resizedBuffer(c, c.length - 1);
        System.arraycopy(c.buf, 0, buf, 0, i * size);
        System.arraycopy(c.buf, (i + 1) * size, buf, i * size, (c.length - i - 1) * size);
        publish(buf, c.length - 1);
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) {
        return of(self).find(ts, key, 0, Integer.MAX_VALUE) >= 0;
    }

    /** The index of the first item equal to v in [start, stop), or -1. */
    private int find(ThreadState ts, Object v, long start, long stop) {
        Contents c = contents;
        int end = (int) Math.min(stop, c.length);
        if (tc.isInteger && v instanceof Long l) {
            for (int i = (int) start; i < end; i++) {
                if (tc.load(c.buf, i) == l && (tc.signed || l >= 0)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = (int) start; i < end; i++) {
            if (Ops.eq(ts, tc.get(c.buf, i), v)) {
                return i;
            }
        }
        return -1;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        return new PyArrayIterator(of(self));
    }

    // ---- methods ----

    @PyMethod("($self, v, /)")
    public static void append(ThreadState ts, Object self, Object v) {
        PyArray a = of(self);
        long item = a.tc.convert(ts, v);
        synchronized (a) {
            a.appendItem(item);
        }
    }

    @PyMethod("($self, i, v, /)")
    public static void insert(ThreadState ts, Object self, Object i, Object v) {
        PyArray a = of(self);
        long where = Convert.asSsize(ts, i);
        long item = a.tc.convert(ts, v);
        synchronized (a) {
            Contents c = a.contents;
            int n = c.length;
            int at = (int) (where < 0 ? Math.max(0, where + n) : Math.min(where, n));
            int size = a.tc.size;
            byte[] buf = a.resizedBuffer(c, n + 1);
            System.arraycopy(c.buf, 0, buf, 0, at * size);
            a.tc.store(buf, at, item);
            System.arraycopy(c.buf, at * size, buf, (at + 1) * size, (n - at) * size);
            a.publish(buf, n + 1);
        }
    }

    @PyMethod("($self, i=-1, /)")
    public static Object pop(Object self, long i) {
        PyArray a = of(self);
        synchronized (a) {
            Contents c = a.contents;
            if (c.length == 0) {
                throw PyException.indexError("pop from empty array");
            }
            long k = i < 0 ? i + c.length : i;
            if (k < 0 || k >= c.length) {
                throw PyException.indexError("pop index out of range");
            }
            Object v = a.tc.get(c.buf, (int) k);
            if (k == c.length - 1) {
                // The last item: the buffer stays, and highWater keeps appends from overwriting it under a reader.
                a.contents = new Contents(c.buf, c.length - 1);
            } else {
                a.deleteAt((int) k);
            }
            return v;
        }
    }

    @PyMethod("($self, v, /)")
    public static void remove(ThreadState ts, Object self, Object v) {
        PyArray a = of(self);
        synchronized (a) {
            int i = a.find(ts, v, 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw PyException.valueError("array.remove(x): x not in array");
            }
            a.deleteAt(i);
        }
    }

    @PyMethod("($self, v, start=0, stop=9223372036854775807, /)")
    public static Object index(ThreadState ts, Object self, Object v, Object start, Object stop) {
        PyArray a = of(self);
        int n = a.contents.length;
        long lo = Convert.asSsizeClamped(ts, start);
        long hi = Convert.asSsizeClamped(ts, stop);
        if (lo < 0) {
            lo = Math.max(0, lo + n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + n);
        }
        int i = lo >= n ? -1 : a.find(ts, v, lo, hi);
        if (i < 0) {
            throw PyException.valueError("array.index(x): x not in array");
        }
        return (long) i;
    }

    @PyMethod("($self, v, /)")
    public static Object count(ThreadState ts, Object self, Object v) {
        PyArray a = of(self);
        Contents c = a.contents;
        long n = 0;
        for (int i = 0; i < c.length; i++) {
            if (Ops.eq(ts, a.tc.get(c.buf, i), v)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod("($self, /)")
    public static void reverse(Object self) {
        PyArray a = of(self);
        synchronized (a) {
            Contents c = a.contents;
            int size = a.tc.size;
            byte[] buf = new byte[c.buf.length];
            for (int i = 0; i < c.length; i++) {
                System.arraycopy(c.buf, i * size, buf, (c.length - 1 - i) * size, size);
            }
            a.publish(buf, c.length);
        }
    }

    @PyMethod("($self, /)")
    public static void byteswap(Object self) {
        PyArray a = of(self);
        synchronized (a) {
            Contents c = a.contents;
            int size = a.tc.size;
            byte[] buf = new byte[c.buf.length];
            for (int i = 0; i < c.length * size; i += size) {
                for (int k = 0; k < size; k++) {
                    buf[i + k] = c.buf[i + size - 1 - k];
                }
            }
            a.publish(buf, c.length);
        }
    }

    @PyMethod("($self, /)")
    public static Object buffer_info(Object self) {
        PyArray a = of(self);
        Contents c = a.contents;
        // No real address exists; the buffer's identity stands in for one.
        return PyTuple.of((long) System.identityHashCode(c.buf) << 4, (long) c.length);
    }

    @PyMethod("($self, bb, /)")
    public static void extend(ThreadState ts, Object self, Object bb) {
        PyArray a = of(self);
        PyArray other = asArray(bb);
        if (other != null) {
            if (other.tc != a.tc) {
                throw PyException.typeError("can only extend with array of same kind");
            }
            byte[] more = other.toBytes();
            synchronized (a) {
                a.appendBytes(more, 0, more.length);
            }
            return;
        }
        a.extendFrom(ts, Ops.iter(ts, bb));
    }

    @PyMethod("($self, buffer, /)")
    public static void frombytes(Object self, PyBuffer buffer) {
        frombytes(of(self), buffer);
    }

    private static void frombytes(PyArray a, PyBuffer buffer) {
        if (buffer.length() % a.tc.size != 0) {
            throw PyException.valueError("bytes length not a multiple of item size");
        }
        byte[] more = buffer.toArray();
        synchronized (a) {
            a.appendBytes(more, 0, more.length);
        }
    }

    @PyMethod("($self, /)")
    public static Object tobytes(Object self) {
        return PyBytes.of(of(self).toBytes());
    }

    @PyMethod("($self, list, /)")
    public static void fromlist(ThreadState ts, Object self, Object list) {
        PyArray a = of(self);
        Object l = PyValueInstance.unwrap(list);
        if (!(l instanceof PyList pl)) {
            throw PyException.typeError("arg must be list");
        }
        Object[] items = pl.toArray();
        byte[] more = new byte[items.length * a.tc.size];
        // All converted first: a bad item leaves the array as it was.
        for (int i = 0; i < items.length; i++) {
            a.tc.store(more, i, a.tc.convert(ts, items[i]));
        }
        synchronized (a) {
            a.appendBytes(more, 0, more.length);
        }
    }

    @PyMethod("($self, /)")
    public static Object tolist(Object self) {
        return new PyList(of(self).items());
    }

    @PyMethod("($self, ustr, /)")
    public static void fromunicode(Object self, Object ustr) {
        PyArray a = of(self);
        Object s = PyValueInstance.unwrap(ustr);
        if (!(s instanceof String str)) {
            throw PyException.typeError("fromunicode() argument must be str, not " + Ops.typeName(ustr));
        }
        if (a.tc.code != 'u') {
            throw PyException.valueError("fromunicode() may only be called on unicode type arrays");
        }
        fromunicode(a, str);
    }

    private static void fromunicode(PyArray a, String s) {
        int[] cps = s.codePoints().toArray();
        byte[] more = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            a.tc.store(more, i, cps[i]);
        }
        synchronized (a) {
            a.appendBytes(more, 0, more.length);
        }
    }

    @PyMethod("($self, /)")
    public static Object tounicode(Object self) {
        PyArray a = of(self);
        if (a.tc.code != 'u') {
            throw PyException.valueError("tounicode() may only be called on unicode type arrays");
        }
        return a.unicode();
    }

    private String unicode() {
        Contents c = contents;
        StringBuilder sb = new StringBuilder(c.length);
        for (int i = 0; i < c.length; i++) {
            sb.append(TypeCode.unicodeChar(tc.load(c.buf, i)));
        }
        return sb.toString();
    }

    /** Writes the items in blocks of 64 KiB, as CPython does. */
    @PyMethod("($self, f, /)")
    public static void tofile(ThreadState ts, Object self, Object f) {
        byte[] b = of(self).toBytes();
        int block = 64 * 1024;
        for (int at = 0; at < b.length; at += block) {
            Ops.callMethod(ts, f, "write", PyBytes.of(Arrays.copyOfRange(b, at, Math.min(b.length, at + block))));
        }
    }

    @PyMethod("($self, f, n, /)")
    public static void fromfile(ThreadState ts, Object self, Object f, long n) {
        PyArray a = of(self);
        if (n < 0) {
            throw PyException.valueError("negative count");
        }
        if (n > Integer.MAX_VALUE / a.tc.size) {
            throw PyException.of(Exc.MemoryError, null);
        }
        long want = n * a.tc.size;
        Object r = Ops.callMethod(ts, f, "read", want);
        if (!(PyValueInstance.unwrap(r) instanceof PyBytes b)) {
            throw PyException.typeError("read() didn't return bytes");
        }
        frombytes(a, Convert.buffer(b));
        if (b.size() != want) {
            throw PyException.of(Exc.EOFError, "read() didn't return enough bytes");
        }
    }

    @PyGetter("typecode")
    public static Object typecode(Object self) { return String.valueOf(of(self).tc.code); }

    @PyGetter("itemsize")
    public static Object itemsize(Object self) { return (long) of(self).tc.size; }

    @PyMethod("($self, /)")
    public static Object __sizeof__(Object self) {
        return 64L + of(self).contents.buf.length;
    }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        PyArray a = of(self);
        PyType type = Ops.type(self);
        String cls = type == TYPE ? "array" : type.name.substring(type.name.lastIndexOf('.') + 1);
        if (a.contents.length == 0) {
            return cls + "('" + a.tc.code + "')";
        }
        String items = a.tc.code == 'u' ? Ops.repr(ts, a.unicode()) : Ops.repr(ts, new PyList(a.items()));
        return cls + "('" + a.tc.code + "', " + items + ")";
    }

    // ---- copies and pickles ----

    @PyMethod("($self, /)")
    public static Object __copy__(Object self) {
        PyArray a = of(self);
        byte[] b = a.toBytes();
        return new PyArray(a.tc, b, b.length / a.tc.size);
    }

    @PyMethod("($self, unused, /)")
    public static Object __deepcopy__(Object self, Object unused) {
        return __copy__(self);
    }

    /**
     * Protocol 3 and later: {@code _array_reconstructor(type, typecode, mformat, bytes)}, so the
     * pickle records the machine format; before 3: {@code type(typecode, list)}. The instance
     * dict of a subclass's instance goes along.
     */
    @PyMethod(value = "($self, value, /)", seesSubclass = true)
    public static Object __reduce_ex__(ThreadState ts, Object self, Object value) {
        PyArray a = of(self);
        if (Convert.intValue(value) == null) {
            throw PyException.typeError("__reduce_ex__ argument should be an integer");
        }
        Object protocol = Convert.intValue(value);
        Object dict = self instanceof PyValueInstance v ? v.dict() : Singleton.NONE;
        PyType type = Ops.type(self);
        String code = String.valueOf(a.tc.code);
        if (protocol instanceof Long p && p < 3) {
            return PyTuple.of(type, PyTuple.of(code, new PyList(a.items())), dict);
        }
        Object reconstructor = ArrayModule.reconstructor(ts);
        return PyTuple.of(reconstructor, PyTuple.of(type, code, (long) a.tc.mformat, PyBytes.of(a.toBytes())), dict);
    }

    // ---- operators ----

    @PyMethod("($self, value, /)")
    public static Object __add__(Object self, Object value) {
        PyArray a = of(self);
        PyArray b = asArray(value);
        if (b == null) {
            throw PyException.typeError("can only append array (not \"" + Ops.typeName(value) + "\") to array");
        }
        if (b.tc != a.tc) {
            throw PyException.typeError("bad argument type for built-in operation");
        }
        byte[] x = a.toBytes();
        byte[] y = b.toBytes();
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return new PyArray(a.tc, r, r.length / a.tc.size);
    }

    @PyMethod("($self, value, /)")
    public static Object __iadd__(Object self, Object value) {
        PyArray a = of(self);
        PyArray b = asArray(value);
        if (b == null) {
            throw PyException.typeError("can only extend array with array (not \"" + Ops.typeName(value) + "\")");
        }
        if (b.tc != a.tc) {
            throw PyException.typeError("can only extend with array of same kind");
        }
        byte[] more = b.toBytes();
        synchronized (a) {
            a.appendBytes(more, 0, more.length);
        }
        return self;
    }

    private static byte[] repeat(byte[] b, long n) {
        if (n <= 0 || b.length == 0) {
            return new byte[0];
        }
        if (n > (Integer.MAX_VALUE - 8) / b.length) {
            throw PyException.of(Exc.MemoryError, null);
        }
        byte[] r = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, r, i * b.length, b.length);
        }
        return r;
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(Object self, Object value) {
        PyArray a = of(self);
        if (Convert.intValue(value) == null && Ops.type(value).lookup("__index__") == null) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(value) + "'");
        }
        byte[] r = repeat(a.toBytes(), ssize(value, false));
        return new PyArray(a.tc, r, r.length / a.tc.size);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object value) {
        return __mul__(self, value);
    }

    @PyMethod("($self, value, /)")
    public static Object __imul__(Object self, Object value) {
        PyArray a = of(self);
        long n = ssize(value, false);
        synchronized (a) {
            Contents c = a.contents;
            if (c.length > 0) {
                byte[] items = repeat(Arrays.copyOf(c.buf, c.length * a.tc.size), n);
                byte[] buf = a.resizedBuffer(c, items.length / a.tc.size);
                System.arraycopy(items, 0, buf, 0, items.length);
                a.publish(buf, items.length / a.tc.size);
            }
        }
        return self;
    }

    // ---- comparisons ----

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object value) { return compare(ts, self, value, Compare.GE); }

    /**
     * As CPython compares arrays: arrays of different lengths are unequal at once; otherwise the
     * first pair of items that differ decides, or the lengths when one is a prefix of the other.
     */
    private static Object compare(ThreadState ts, Object self, Object value, int op) {
        PyArray a = of(self);
        PyArray b = asArray(value);
        if (b == null) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Contents x = a.contents;
        Contents y = b.contents;
        if (x.length != y.length && (op == Compare.EQ || op == Compare.NE)) {
            return op == Compare.NE;
        }
        int n = Math.min(x.length, y.length);
        boolean same = a.tc == b.tc;
        int i = 0;
        for (; i < n; i++) {
            if (same) {
                if (!a.tc.itemsEqual(a.tc.load(x.buf, i), b.tc.load(y.buf, i))) {
                    break;
                }
            } else if (!Ops.eq(ts, a.tc.get(x.buf, i), b.tc.get(y.buf, i))) {
                break;
            }
        }
        if (i == n) {
            int d = Integer.compare(x.length, y.length);
            return switch (op) {
                case Compare.LT -> d < 0;
                case Compare.LE -> d <= 0;
                case Compare.EQ -> d == 0;
                case Compare.NE -> d != 0;
                case Compare.GT -> d > 0;
                default -> d >= 0;
            };
        }
        if (op == Compare.EQ) {
            return false;
        }
        if (op == Compare.NE) {
            return true;
        }
        return Compare.richCompare(ts, a.tc.get(x.buf, i), b.tc.get(y.buf, i), op);
    }

}
