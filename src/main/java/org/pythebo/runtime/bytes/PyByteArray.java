package org.pythebo.runtime.bytes;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * bytearray. Writes synchronize on the bytearray; reads take no lock. The contents are one
 * volatile reference to a (buffer, size) pair, so a reader always gets a size that belongs to
 * the buffer it reads. Operations that move bytes (insert, delete, slice assignment, reverse)
 * build a new buffer and publish it with its size; appends and extends fill the spare capacity
 * past the published size and then publish the larger size, unless an earlier (longer) state of
 * the same buffer still covers those positions; item stores write in place. A reader therefore
 * sees the sequence before or after each operation, never a half-shifted one.
 *
 * <p>CPython refuses to resize a bytearray while a memoryview exports it; here views read through
 * the bytearray (see {@link PyMemoryView}), so resizing is always allowed.
 */
public final class PyByteArray extends PyObject implements BufferExporter {
    private record Contents(byte[] buf, int size) {}

    private static final Contents EMPTY = new Contents(new byte[0], 0);

    private volatile Contents contents;
    /**
     * The memoryviews exporting this bytearray that are not released (CPython's ob_exports),
     * guarded by this; null when there are none. They are held weakly: CPython releases the
     * export of a view the program drops at once (reference counting), here the collector finds
     * it, so a resize that meets exports first lets the collector run once.
     */
    private List<WeakReference<Object>> exports;
    /**
     * The largest size published for the current buffer (guarded by this): positions below it
     * may be read by a reader of an older, longer state, so only positions from here up may be
     * filled in place.
     */
    private int highWater;

    public PyByteArray() {
        this.contents = EMPTY;
    }

    /** Takes ownership of the array. */
    public PyByteArray(byte[] value) {
        this.contents = new Contents(value, value.length);
        this.highWater = value.length;
    }

    @Override
    public PyType type() { return PyType.BYTEARRAY; }

    public int size() { return contents.size; }

    @Override
    public PyBuffer buffer() {
        Contents c = contents;
        return new PyBuffer(c.buf, 0, c.size, false);
    }

    /** A consistent copy of the contents. */
    public byte[] toBytes() {
        Contents c = contents;
        return Arrays.copyOf(c.buf, c.size);
    }

    /** The byte at a non-negative index as an int, or null past the end. */
    Object getOrNull(int i) {
        Contents c = contents;
        return i < c.size ? (Object) (long) (c.buf[i] & 0xff) : null;
    }

    /** The byte at a non-negative index, or -1 past the end (memoryview's reads). */
    int byteAt(int i) {
        Contents c = contents;
        return i < c.size ? c.buf[i] & 0xff : -1;
    }

    /** Stores a byte at a non-negative index; false past the end (memoryview's writes). */
    synchronized boolean storeAt(int i, byte b) {
        Contents c = contents;
        if (i >= c.size) {
            return false;
        }
        c.buf[i] = b;
        return true;
    }

    private void publish(byte[] buf) {
        publish(buf, buf.length);
    }

    private void publish(byte[] buf, int size) {
        if (exports != null && size != contents.size) {
            checkResizable();
        }
        contents = new Contents(buf, size);
        highWater = size;
    }

    /** Registers {@code view} as exporting this bytearray until {@link #removeExport}. */
    synchronized void addExport(Object view) {
        if (exports == null) {
            exports = new ArrayList<>(2);
        }
        exports.add(new WeakReference<>(view));
    }

    synchronized void removeExport(Object view) {
        if (exports != null) {
            exports.removeIf(r -> r.get() == view || r.get() == null);
            if (exports.isEmpty()) {
                exports = null;
            }
        }
    }

    /** BufferError while a view exports the bytes (called with this locked, before a resize). */
    private void checkResizable() {
        exports.removeIf(r -> r.get() == null);
        if (!exports.isEmpty()) {
            System.gc();
            exports.removeIf(r -> r.get() == null);
        }
        if (!exports.isEmpty()) {
            throw PyException.of(Exc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
        exports = null;
    }

    public synchronized void append(byte b) {
        Contents c = contents;
        byte[] buf = c.buf;
        if (c.size == buf.length || c.size < highWater) {
            buf = Arrays.copyOf(buf, Math.max(16, c.size + (c.size >> 1) + 1));
        }
        buf[c.size] = b;
        publish(buf, c.size + 1);
    }

    public synchronized void extend(byte[] more) {
        Contents c = contents;
        byte[] buf = c.buf;
        int n = c.size + more.length;
        if (n > buf.length || c.size < highWater) {
            buf = Arrays.copyOf(buf, Math.max(16, n + (n >> 2)));
        }
        System.arraycopy(more, 0, buf, c.size, more.length);
        publish(buf, n);
    }

    private static String typeOf(Object o) {
        return Ops.typeName(o);
    }

    private static PyByteArray self(Object self) {
        return (PyByteArray) self;
    }

    private static byte[] bytes(Object self) {
        return ((PyByteArray) self).toBytes();
    }

    /** The value of a slice assignment, as bytearray_ass_subscript accepts it. */
    private static byte[] assignable(ThreadState ts, Object value) {
        byte[] b = BytesMethods.buffer(value);
        if (b != null) {
            return b;
        }
        if (value instanceof String || value instanceof Double || BytesMethods.isIndex(value)) {
            throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesMethods.fromSource(ts, value, null, null, true);
    }

    // ---- construction and the data model ----

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (cls != PyType.BYTEARRAY) {
            throw PyException.typeError("subclasses of bytearray are not supported yet");
        }
        return new PyByteArray();
    }

    @PyMethod("($self, /, source=?, encoding=?, errors=?)")
    public static void __init__(ThreadState ts, Object self, Object source, Object encoding, Object errors) {
        // fromSource gives a bytearray a fresh array (or the empty one, which is never written).
        byte[] b = BytesMethods.fromSource(ts, source, encoding, errors, true);
        PyByteArray a = self(self);
        synchronized (a) {
            a.publish(b);
        }
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce__(Object self) { return reduce(self, 2); }

    @PyMethod(value = "($self, proto=0, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce_ex__(Object self, int proto) { return reduce(self, proto); }

    /**
     * (class, args, instance dict or None): the contents as bytes from protocol 3, before it as a
     * latin-1 str with its encoding (protocol 2 has no bytes).
     */
    private static Object reduce(Object self, int proto) {
        byte[] b = bytes(PyValueInstance.unwrap(self));
        Object state = self instanceof PyValueInstance v && v.dict().size() > 0 ? v.dict() : Singleton.NONE;
        Object args = b.length == 0 ? PyTuple.EMPTY
                : proto < 3 ? PyTuple.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), "latin-1")
                : PyTuple.of(PyBytes.of(b));
        return PyTuple.of(Ops.type(self), args, state);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        return "bytearray(" + BytesMethods.repr(bytes(self), true) + ")";
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).size(); }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        if (key instanceof Long i) {
            long j = i < 0 ? i + self(self).size() : i;
            Object v = j < 0 || j > Integer.MAX_VALUE ? null : self(self).getOrNull((int) j);
            if (v == null) {
                throw PyException.indexError("bytearray index out of range");
            }
            return v;
        }
        return BytesMethods.getItem(self, bytes(self), key);
    }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(ThreadState ts, Object self, Object key, Object value) {
        PyByteArray a = self(self);
        if (key instanceof PySlice s) {
            byte[] repl = assignable(ts, value);
            synchronized (a) {
                byte[] items = a.toBytes();
                long[] ix = s.indices(items.length);
                int start = (int) ix[0];
                long step = ix[2];
                int n = (int) ix[3];
                if (step == 1) {
                    int stop = Math.max(start, (int) ix[1]);
                    byte[] out = new byte[items.length - (stop - start) + repl.length];
                    System.arraycopy(items, 0, out, 0, start);
                    System.arraycopy(repl, 0, out, start, repl.length);
                    System.arraycopy(items, stop, out, start + repl.length, items.length - stop);
                    a.publish(out);
                    return;
                }
                if (repl.length != n) {
                    throw PyException.valueError("attempt to assign bytes of size " + repl.length
                            + " to extended slice of size " + n);
                }
                for (int i = 0; i < n; i++) {
                    items[(int) (start + i * step)] = repl[i];
                }
                a.publish(items);
            }
            return;
        }
        if (!BytesMethods.isIndex(key)) {
            throw PyException.typeError("bytearray indices must be integers or slices, not " + typeOf(key));
        }
        long i = key instanceof java.math.BigInteger ? Long.MAX_VALUE : Ops.index(key);
        if (!BytesMethods.isIndex(value)) {
            throw PyException.typeError("'" + typeOf(value) + "' object cannot be interpreted as an integer");
        }
        int b = BytesMethods.byteValue(value, "byte must be in range(0, 256)");
        synchronized (a) {
            int n = a.contents.size;
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw PyException.indexError("bytearray index out of range");
            }
            a.contents.buf[(int) j] = (byte) b;
        }
    }

    @PyMethod("($self, key, /)")
    public static void __delitem__(Object self, Object key) {
        PyByteArray a = self(self);
        if (key instanceof PySlice s) {
            synchronized (a) {
                byte[] items = a.toBytes();
                long[] ix = s.indices(items.length);
                boolean[] drop = new boolean[items.length];
                for (long i = 0; i < ix[3]; i++) {
                    drop[(int) (ix[0] + i * ix[2])] = true;
                }
                byte[] out = new byte[items.length - (int) ix[3]];
                int k = 0;
                for (int i = 0; i < items.length; i++) {
                    if (!drop[i]) {
                        out[k++] = items[i];
                    }
                }
                a.publish(out);
            }
            return;
        }
        if (!BytesMethods.isIndex(key)) {
            throw PyException.typeError("bytearray indices must be integers or slices, not " + typeOf(key));
        }
        long i = key instanceof java.math.BigInteger ? Long.MAX_VALUE : Ops.index(key);
        synchronized (a) {
            int n = a.contents.size;
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw PyException.indexError("bytearray index out of range");
            }
            a.removeAt((int) j);
        }
    }

    private void removeAt(int i) {
        Contents c = contents;
        if (i == c.size - 1) {
            if (exports != null) {
                checkResizable();
            }
            contents = new Contents(c.buf, c.size - 1);
            return;
        }
        byte[] out = new byte[c.size - 1];
        System.arraycopy(c.buf, 0, out, 0, i);
        System.arraycopy(c.buf, i + 1, out, i, c.size - i - 1);
        publish(out);
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(Object self, Object key) { return BytesMethods.contains(bytes(self), key); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyBytes.BytesIterator(self(self)); }

    /** bytearray is mutable, so unhashable (CPython's type dict says __hash__ = None). */
    @PyMethod("($self, /)")
    public static Object __hash__(Object self) {
        throw PyException.typeError("unhashable type: 'bytearray'");
    }

    @PyMethod("($self, /)")
    public static Object __alloc__(Object self) { return (long) self(self).contents.buf.length + 1; }

    private static byte[] comparable(Object other) {
        return other instanceof PyByteArray || other instanceof PyBytes || other instanceof PyMemoryView
                ? BytesMethods.buffer(other) : null;
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.EQ);
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.NE);
    }

    @PyMethod("($self, value, /)")
    public static Object __lt__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.LT);
    }

    @PyMethod("($self, value, /)")
    public static Object __le__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.LE);
    }

    @PyMethod("($self, value, /)")
    public static Object __gt__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.GT);
    }

    @PyMethod("($self, value, /)")
    public static Object __ge__(Object self, Object other) {
        return BytesMethods.richCompare(bytes(self), comparable(other), Compare.GE);
    }

    @PyMethod("($self, value, /)")
    public static Object __add__(ThreadState ts, Object self, Object other) {
        return BytesMethods.concat(ts, self, bytes(self), other);
    }

    @PyMethod("($self, value, /)")
    public static Object __iadd__(Object self, Object other) {
        byte[] b = BytesMethods.buffer(other);
        if (b == null) {
            throw PyException.typeError("can't concat " + typeOf(other) + " to bytearray");
        }
        self(self).extend(b);
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(ThreadState ts, Object self, Object n) {
        return BytesMethods.mul(ts, self, bytes(self), n);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object n) { return BytesMethods.rmul(self, bytes(self), n); }

    @PyMethod("($self, value, /)")
    public static Object __imul__(Object self, Object n) {
        if (!BytesMethods.isIndex(n)) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + typeOf(n) + "'");
        }
        PyByteArray a = self(self);
        synchronized (a) {
            a.publish(BytesMethods.repeat(a.toBytes(), n, false));
        }
        return self;
    }

    @PyMethod("($self, value, /)")
    public static Object __mod__(ThreadState ts, Object self, Object args) {
        return new PyByteArray(BytesMethods.percentFormat(ts, bytes(self), args));
    }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(Object self, Object other) { return Singleton.NOT_IMPLEMENTED; }

    // ---- mutation ----

    @PyMethod("($self, item, /)")
    public static void append(Object self, Object item) {
        if (!BytesMethods.isIndex(item)) {
            throw PyException.typeError("'" + typeOf(item) + "' object cannot be interpreted as an integer");
        }
        self(self).append((byte) BytesMethods.byteValue(item, "byte must be in range(0, 256)"));
    }

    @PyMethod("($self, iterable_of_ints, /)")
    public static void extend(ThreadState ts, Object self, Object iterable) {
        byte[] b = BytesMethods.buffer(iterable);
        if (b == null) {
            PyIterator it;
            try {
                it = Ops.iter(ts, iterable);
            } catch (PyException e) {
                if (e.exc.matches(Exc.TypeError) && Ops.type(iterable).lookup("__iter__") == null) {
                    throw PyException.typeError("can't extend bytearray with " + typeOf(iterable));
                }
                throw e;
            }
            b = BytesMethods.fromInts(ts, it, "byte must be in range(0, 256)");
        }
        self(self).extend(b);
    }

    @PyMethod("($self, index, item, /)")
    public static void insert(Object self, Object index, Object item) {
        long i = BytesMethods.size(index);
        if (!BytesMethods.isIndex(item)) {
            throw PyException.typeError("'" + typeOf(item) + "' object cannot be interpreted as an integer");
        }
        int v = BytesMethods.byteValue(item, "byte must be in range(0, 256)");
        PyByteArray a = self(self);
        synchronized (a) {
            Contents c = a.contents;
            int n = c.size;
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            byte[] out = new byte[n + 1 + (n >> 3)];
            System.arraycopy(c.buf, 0, out, 0, at);
            out[at] = (byte) v;
            System.arraycopy(c.buf, at, out, at + 1, n - at);
            a.publish(out, n + 1);
        }
    }

    @PyMethod("($self, index=-1, /)")
    public static Object pop(Object self, Object index) {
        long i = BytesMethods.size(index);
        PyByteArray a = self(self);
        synchronized (a) {
            Contents c = a.contents;
            if (c.size == 0) {
                throw PyException.indexError("pop from empty bytearray");
            }
            long j = i < 0 ? i + c.size : i;
            if (j < 0 || j >= c.size) {
                throw PyException.indexError("pop index out of range");
            }
            long v = c.buf[(int) j] & 0xff;
            a.removeAt((int) j);
            return v;
        }
    }

    @PyMethod("($self, value, /)")
    public static void remove(Object self, Object value) {
        if (!BytesMethods.isIndex(value)) {
            throw PyException.typeError("'" + typeOf(value) + "' object cannot be interpreted as an integer");
        }
        int v = BytesMethods.byteValue(value, "byte must be in range(0, 256)");
        PyByteArray a = self(self);
        synchronized (a) {
            Contents c = a.contents;
            for (int i = 0; i < c.size; i++) {
                if ((c.buf[i] & 0xff) == v) {
                    a.removeAt(i);
                    return;
                }
            }
        }
        throw PyException.valueError("value not found in bytearray");
    }

    @PyMethod("($self, /)")
    public static void clear(Object self) {
        PyByteArray a = self(self);
        synchronized (a) {
            a.publish(BytesMethods.EMPTY);
        }
    }

    @PyMethod("($self, /)")
    public static void reverse(Object self) {
        PyByteArray a = self(self);
        synchronized (a) {
            byte[] b = a.toBytes();
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
            a.publish(b);
        }
    }

    @PyMethod("($self, /)")
    public static Object copy(Object self) { return new PyByteArray(bytes(self)); }

    // ---- methods shared with bytes ----

    @PyMethod("($self, /, encoding='utf-8', errors='strict')")
    public static Object decode(Object self, Object encoding, Object errors) {
        return BytesMethods.decode(self, encoding, errors);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object count(Object self, Object sub, Object start, Object end) {
        return BytesMethods.count(self, sub, start, end);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object find(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, false, false);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, true, false);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object index(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, false, true);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        return BytesMethods.find(self, sub, start, end, true, true);
    }

    @PyMethod(value = "($self, prefix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return BytesMethods.startsOrEnds(self, prefix, start, end, false);
    }

    @PyMethod(value = "($self, suffix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return BytesMethods.startsOrEnds(self, suffix, start, end, true);
    }

    @PyMethod("($self, old, new, count=-1, /)")
    public static Object replace(Object self, Object old, Object rep, Object count) {
        return BytesMethods.replace(self, old, rep, count);
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object split(Object self, Object sep, Object maxsplit) {
        return BytesMethods.split(self, sep, maxsplit, false);
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object rsplit(Object self, Object sep, Object maxsplit) {
        return BytesMethods.split(self, sep, maxsplit, true);
    }

    @PyMethod("($self, bytes=None, /)")
    public static Object strip(Object self, Object chars) { return BytesMethods.strip(self, chars, 3); }

    @PyMethod("($self, bytes=None, /)")
    public static Object lstrip(Object self, Object chars) { return BytesMethods.strip(self, chars, 1); }

    @PyMethod("($self, bytes=None, /)")
    public static Object rstrip(Object self, Object chars) { return BytesMethods.strip(self, chars, 2); }

    @PyMethod("($self, iterable_of_bytes, /)")
    public static Object join(ThreadState ts, Object self, Object iterable) { return BytesMethods.join(ts, self, iterable); }

    @PyMethod("($self, sep, /)")
    public static Object partition(Object self, Object sep) { return BytesMethods.partition(self, sep, false); }

    @PyMethod("($self, sep, /)")
    public static Object rpartition(Object self, Object sep) { return BytesMethods.partition(self, sep, true); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object center(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, 'c'); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object ljust(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, '<'); }

    @PyMethod("($self, width, fillchar=?, /)")
    public static Object rjust(Object self, Object width, Object fill) { return BytesMethods.pad(self, width, fill, '>'); }

    @PyMethod("($self, width, /)")
    public static Object zfill(Object self, Object width) { return BytesMethods.zfill(self, width); }

    @PyMethod("($self, table, /, delete=?)")
    public static Object translate(Object self, Object table, Object delete) {
        return BytesMethods.translate(self, table, delete);
    }

    @PyMethod("($type, frm, to, /)")
    public static Object maketrans(Object cls, Object from, Object to) { return BytesMethods.maketrans(from, to); }

    @PyMethod("($self, /, tabsize=8)")
    public static Object expandtabs(Object self, Object tabsize) { return BytesMethods.expandtabs(self, tabsize); }

    @PyMethod("($self, /, keepends=False)")
    public static Object splitlines(ThreadState ts, Object self, Object keepends) {
        return BytesMethods.splitlines(ts, self, keepends);
    }

    @PyMethod("($self, /)")
    public static Object upper(Object self) { return BytesMethods.caseMap(self, "upper"); }

    @PyMethod("($self, /)")
    public static Object lower(Object self) { return BytesMethods.caseMap(self, "lower"); }

    @PyMethod("($self, /)")
    public static Object swapcase(Object self) { return BytesMethods.caseMap(self, "swapcase"); }

    @PyMethod("($self, /)")
    public static Object title(Object self) { return BytesMethods.caseMap(self, "title"); }

    @PyMethod("($self, /)")
    public static Object capitalize(Object self) { return BytesMethods.caseMap(self, "capitalize"); }

    @PyMethod("($self, /)")
    public static Object isalnum(Object self) { return BytesMethods.is(self, "isalnum"); }

    @PyMethod("($self, /)")
    public static Object isalpha(Object self) { return BytesMethods.is(self, "isalpha"); }

    @PyMethod("($self, /)")
    public static Object isascii(Object self) { return BytesMethods.is(self, "isascii"); }

    @PyMethod("($self, /)")
    public static Object isdigit(Object self) { return BytesMethods.is(self, "isdigit"); }

    @PyMethod("($self, /)")
    public static Object islower(Object self) { return BytesMethods.is(self, "islower"); }

    @PyMethod("($self, /)")
    public static Object isupper(Object self) { return BytesMethods.is(self, "isupper"); }

    @PyMethod("($self, /)")
    public static Object isspace(Object self) { return BytesMethods.is(self, "isspace"); }

    @PyMethod("($self, /)")
    public static Object istitle(Object self) { return BytesMethods.is(self, "istitle"); }

    @PyMethod("($self, prefix, /)")
    public static Object removeprefix(Object self, Object prefix) { return BytesMethods.removeAffix(self, prefix, false); }

    @PyMethod("($self, suffix, /)")
    public static Object removesuffix(Object self, Object suffix) { return BytesMethods.removeAffix(self, suffix, true); }

    @PyMethod("($self, /, sep=?, bytes_per_sep=?)")
    public static Object hex(Object self, Object sep, Object perSep) { return BytesMethods.hex(bytes(self), sep, perSep); }

    @PyMethod("($type, string, /)")
    public static Object fromhex(Object cls, Object string) { return new PyByteArray(BytesMethods.fromhex(string)); }
}
