package org.pythebo.runtime.bytes;

import java.math.BigInteger;
import java.util.Arrays;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * memoryview over bytes, bytearray, an I/O object's own array (BytesIO.getbuffer) or another
 * buffer exporter (array.array): one dimension,
 * native single-character formats. A view of a bytearray reads and writes through it (a write
 * goes through the bytearray's lock), and a view of another exporter through the buffer it
 * exports at each access, so it sees later item stores; the view's extent is fixed when it is
 * made, and an access past the exporter's current end raises IndexError. Views are immutable
 * apart from {@link #released}.
 */
public final class PyMemoryView extends PyObject implements BufferExporter {
    private final Object obj;
    /** The bytes of a bytes object or of an exported array, or null for a bytearray. */
    private final byte[] bytes;
    private final PyByteArray array;
    /** Any other exporter, read through its current buffer; null for bytes and bytearray. */
    private final BufferExporter exporter;
    /** Byte offset of item 0, the byte stride between items, and the number of items. */
    private final int offset;
    private final int stride;
    private final int length;
    private final String format;
    private final int itemsize;
    private final boolean readonly;
    private volatile boolean released;

    private PyMemoryView(Object obj, byte[] bytes, PyByteArray array, int offset, int stride, int length,
                         String format, int itemsize, boolean readonly) {
        this.obj = obj;
        this.bytes = bytes;
        this.array = array;
        this.offset = offset;
        this.stride = stride;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        this.exporter = bytes == null && array == null
                ? (BufferExporter) PyValueInstance.unwrap(obj) : null;
        if (array != null) {
            array.addExport(this);
        }
    }

    @Override
    public PyType type() { return PyType.MEMORYVIEW; }

    private static PyMemoryView self(Object self) {
        PyMemoryView m = (PyMemoryView) self;
        if (m.released) {
            throw PyException.valueError("operation forbidden on released memoryview object");
        }
        return m;
    }

    private int byteAt(int i) {
        if (bytes != null) {
            return bytes[i] & 0xff;
        }
        if (exporter != null) {
            PyBuffer buf = exporter.buffer();
            if (i >= buf.length()) {
                throw PyException.indexError("index out of bounds on dimension 1");
            }
            return buf.get(i);
        }
        int b = array.byteAt(i);
        if (b < 0) {
            throw PyException.indexError("index out of bounds on dimension 1");
        }
        return b;
    }

    /** The viewed bytes: the exporter's own array when the items lie next to each other, else a copy. */
    @Override
    public PyBuffer buffer() {
        if (released) {
            throw PyException.valueError("operation forbidden on released memoryview object");
        }
        if (stride == itemsize) {
            PyBuffer source = bytes != null ? PyBuffer.of(bytes) : array != null ? array.buffer() : exporter.buffer();
            if (offset + length * itemsize <= source.length()) {
                return new PyBuffer(source.array(), offset, length * itemsize, readonly);
            }
        }
        byte[] copy = toBytes();
        return new PyBuffer(copy, 0, copy.length, true);
    }

    /** The viewed bytes, item after item. */
    byte[] toBytes() {
        if (released) {
            throw PyException.valueError("operation forbidden on released memoryview object");
        }
        byte[] out = new byte[length * itemsize];
        if (bytes != null && stride == itemsize) {
            System.arraycopy(bytes, offset, out, 0, out.length);
            return out;
        }
        byte[] src = bytes != null ? bytes : array != null ? array.toBytes() : exporter.buffer().toArray();
        for (int i = 0; i < length; i++) {
            int at = offset + i * stride;
            if (at + itemsize > src.length) {
                throw PyException.indexError("index out of bounds on dimension 1");
            }
            System.arraycopy(src, at, out, i * itemsize, itemsize);
        }
        return out;
    }

    // ---- formats ----

    private static int itemsizeOf(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        return switch (f) {
            case "B", "b", "c", "?" -> 1;
            case "h", "H", "e" -> 2;
            case "i", "I", "f" -> 4;
            case "l", "L", "q", "Q", "n", "N", "d", "P" -> 8;
            default -> -1;
        };
    }

    private static boolean isByteFormat(String f) {
        return f.equals("B") || f.equals("b") || f.equals("c");
    }

    /** The item at a byte position, unpacked as the format says (native, little-endian). */
    private Object unpack(int at) {
        long raw = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            raw = raw << 8 | byteAt(at + k);
        }
        return switch (format) {
            case "B", "H", "I" -> raw;
            case "b" -> (long) (byte) raw;
            case "h" -> (long) (short) raw;
            case "i" -> (long) (int) raw;
            case "l", "q", "n" -> raw;
            case "L", "Q", "N", "P" -> raw >= 0 ? (Object) raw : Arith.norm(new BigInteger(Long.toUnsignedString(raw)));
            case "c" -> PyBytes.of(new byte[] {(byte) raw});
            case "?" -> raw != 0;
            case "f" -> (double) Float.intBitsToFloat((int) raw);
            case "d" -> Double.longBitsToDouble(raw);
            default -> throw PyException.of(Exc.NotImplementedError, "memoryview: format " + format + " not supported");
        };
    }

    /** The bytes of a value packed as the format says, with memoryview's errors. */
    private byte[] pack(Object v) {
        long raw;
        switch (format) {
            case "c" -> {
                if (!(v instanceof PyBytes b) || b.size() != 1) {
                    throw invalid(v instanceof PyBytes ? "value" : "type");
                }
                raw = b.value[0];
            }
            case "?" -> raw = Ops.isTrue(ThreadState.current(), v) ? 1 : 0;
            case "f", "d" -> {
                if (!(v instanceof Double) && !Arith.isInt(v)) {
                    throw invalid("type");
                }
                double d = Arith.toDouble(v);
                raw = format.equals("f") ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
            }
            default -> {
                if (!(v instanceof Long || v instanceof Boolean || v instanceof BigInteger)) {
                    throw invalid("type");
                }
                BigInteger x = Arith.big(v);
                boolean signed = Character.isLowerCase(format.charAt(0));
                int bits = itemsize * 8;
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
                    throw invalid("value");
                }
                raw = x.longValue();
            }
        }
        byte[] out = new byte[itemsize];
        for (int k = 0; k < itemsize; k++) {
            out[k] = (byte) (raw >>> (8 * k));
        }
        return out;
    }

    private PyException invalid(String what) {
        String msg = "memoryview: invalid " + what + " for format '" + format + "'";
        return what.equals("type") ? PyException.typeError(msg) : PyException.valueError(msg);
    }

    private void store(int at, byte[] item) {
        if (exporter != null) {
            PyBuffer buf = exporter.buffer();
            if (at + item.length > buf.length()) {
                throw PyException.indexError("index out of bounds on dimension 1");
            }
            System.arraycopy(item, 0, buf.array(), buf.offset() + at, item.length);
            return;
        }
        if (bytes != null) {
            System.arraycopy(item, 0, bytes, at, item.length);
            return;
        }
        for (int k = 0; k < item.length; k++) {
            if (!array.storeAt(at + k, item[k])) {
                throw PyException.indexError("index out of bounds on dimension 1");
            }
        }
    }

    private int itemIndex(Object key) {
        if (!BytesMethods.isIndex(key)) {
            throw PyException.typeError("memoryview: invalid slice key");
        }
        long i = key instanceof BigInteger ? Long.MAX_VALUE : Ops.index(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyException.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    // ---- construction and the data model ----

    /** A view of the whole of a bytes-like object. */
    static PyMemoryView of(Object object) {
        if (object instanceof PyBytes b) {
            return new PyMemoryView(b, b.value, null, 0, 1, b.value.length, "B", 1, true);
        }
        if (object instanceof PyByteArray ba) {
            return new PyMemoryView(ba, null, ba, 0, 1, ba.size(), "B", 1, false);
        }
        if (object instanceof PyMemoryView m) {
            PyMemoryView v = self(m);
            return new PyMemoryView(v.obj, v.bytes, v.array, v.offset, v.stride, v.length, v.format, v.itemsize,
                    v.readonly);
        }
        if (PyValueInstance.unwrap(object) instanceof BufferExporter e) {
            PyBuffer b = e.buffer();
            int size = e.bufferItemSize();
            return new PyMemoryView(object, null, null, 0, size, b.length() / size, e.bufferFormat(), size,
                    b.readonly());
        }
        throw PyException.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(object) + "'");
    }

    /**
     * A byte view of {@code length} bytes of {@code array} from {@code offset}, exported by
     * {@code obj} (an I/O object's own buffer: BytesIO.getbuffer, a buffered file's readinto of
     * a raw file written in Python); a writable one writes into the array.
     */
    public static PyMemoryView ofArray(Object obj, byte[] array, int offset, int length, boolean readonly) {
        return new PyMemoryView(obj, array, null, offset, 1, length, "B", 1, readonly);
    }

    /** Whether release() (or the end of a with block) has ended the view. */
    public boolean isReleased() {
        return released;
    }

    @PyMethod("($type, object)")
    public static Object __new__(Object cls, Object object) {
        if (cls != PyType.MEMORYVIEW) {
            throw PyException.typeError("cannot create 'memoryview' instances");
        }
        return of(object);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        PyMemoryView m = (PyMemoryView) self;
        return (m.released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(Ops.id(self)) + ">";
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).length; }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        PyMemoryView m = self(self);
        if (key instanceof PySlice s) {
            long[] ix = s.indices(m.length);
            return new PyMemoryView(m.obj, m.bytes, m.array, m.offset + (int) ix[0] * m.stride,
                    m.stride * (int) ix[2], (int) ix[3], m.format, m.itemsize, m.readonly);
        }
        return m.unpack(m.offset + m.itemIndex(key) * m.stride);
    }

    @PyMethod("($self, key, value, /)")
    public static void __setitem__(Object self, Object key, Object value) {
        PyMemoryView m = self(self);
        if (m.readonly) {
            throw PyException.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice s) {
            byte[] src = BytesMethods.needBuffer(value);
            long[] ix = s.indices(m.length);
            int n = (int) ix[3];
            if (src.length != n * m.itemsize
                    || (value instanceof PyMemoryView v && !v.format.equals(m.format))) {
                throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < n; i++) {
                m.store(m.offset + (int) (ix[0] + i * ix[2]) * m.stride,
                        Arrays.copyOfRange(src, i * m.itemsize, (i + 1) * m.itemsize));
            }
            return;
        }
        int i = m.itemIndex(key);
        m.store(m.offset + i * m.stride, m.pack(value));
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        PyMemoryView m = self(self);
        Object[] items = new Object[m.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = m.unpack(m.offset + i * m.stride);
        }
        return new PyIterator.OfArray(items);
    }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) {
        PyMemoryView m = self(self);
        if (!m.readonly) {
            throw PyException.valueError("cannot hash writable memoryview object");
        }
        if (!isByteFormat(m.format)) {
            throw PyException.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return BytesMethods.hash(m.toBytes());
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        return equal(ts, (PyMemoryView) self, other);
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        Object r = equal(ts, (PyMemoryView) self, other);
        return r instanceof Boolean b ? !b : r;
    }

    private static Object equal(ThreadState ts, PyMemoryView m, Object other) {
        if (m == other) {
            return true;
        }
        if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        if (m.released || (other instanceof PyMemoryView o && o.released)) {
            return false;
        }
        // Equal when the items, unpacked by each side's format, are equal.
        Object[] a = tolistItems(m);
        Object[] b = other instanceof PyMemoryView o ? tolistItems(o) : tolistItems(of(other));
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Ops.eq(ts, a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object[] tolistItems(PyMemoryView m) {
        Object[] items = new Object[m.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = m.unpack(m.offset + i * m.stride);
        }
        return items;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        self(self);
        return self;
    }

    @PyMethod("($self, *args)")
    public static Object __exit__(Object self, Object[] args) {
        ((PyMemoryView) self).releaseView();
        return null;
    }

    /** Ends the view and its export of a bytearray. */
    private void releaseView() {
        if (!released) {
            released = true;
            if (array != null) {
                array.removeExport(this);
            }
        }
    }

    // ---- methods and attributes ----

    @PyMethod("($self, /)")
    public static void release(Object self) { ((PyMemoryView) self).releaseView(); }

    @PyMethod("($self, order='C')")
    public static Object tobytes(Object self, Object order) { return PyBytes.of(self(self).toBytes()); }

    @PyMethod("($self, /)")
    public static Object tolist(Object self) { return new PyList(tolistItems(self(self))); }

    @PyMethod("($self, /)")
    public static Object toreadonly(Object self) {
        PyMemoryView m = self(self);
        return new PyMemoryView(m.obj, m.bytes, m.array, m.offset, m.stride, m.length, m.format, m.itemsize, true);
    }

    @PyMethod("($self, /, sep=?, bytes_per_sep=?)")
    public static Object hex(Object self, Object sep, Object perSep) {
        return BytesMethods.hex(self(self).toBytes(), sep, perSep);
    }

    @PyMethod("($self, /, format, shape=?)")
    public static Object cast(Object self, Object formatArg, Object shape) {
        PyMemoryView m = self(self);
        if (!(formatArg instanceof String f)) {
            throw PyException.typeError("memoryview.cast(): argument 'format' must be str, not " + Ops.typeName(formatArg));
        }
        String fmt = f.startsWith("@") ? f.substring(1) : f;
        int size = itemsizeOf(fmt);
        if (size < 0) {
            throw PyException.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (m.stride != m.itemsize) {
            throw PyException.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (!isByteFormat(m.format) && !isByteFormat(fmt)) {
            throw PyException.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = m.length * m.itemsize;
        if (nbytes % size != 0) {
            throw PyException.typeError("memoryview: length is not a multiple of itemsize");
        }
        int n = nbytes / size;
        if (shape != null) {
            Object[] dims = Ops.toArray(ThreadState.current(), shape);
            if (dims.length != 1) {
                throw PyException.of(Exc.NotImplementedError, "memoryview: multi-dimensional casts are not supported");
            }
            if (Ops.index(dims[0]) * size != nbytes) {
                throw PyException.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(m.obj, m.bytes, m.array, m.offset, size, n, fmt, size, m.readonly);
    }

    @PyGetter("obj")
    public static Object obj(Object self) { return self(self).obj; }

    @PyGetter("nbytes")
    public static Object nbytes(Object self) { return (long) self(self).length * self(self).itemsize; }

    @PyGetter("readonly")
    public static Object readonly(Object self) { return self(self).readonly; }

    @PyGetter("itemsize")
    public static Object itemsize(Object self) { return (long) self(self).itemsize; }

    @PyGetter("format")
    public static Object format(Object self) { return self(self).format; }

    @PyGetter("ndim")
    public static Object ndim(Object self) {
        self(self);
        return 1L;
    }

    @PyGetter("shape")
    public static Object shape(Object self) { return PyTuple.of((long) self(self).length); }

    @PyGetter("strides")
    public static Object strides(Object self) { return PyTuple.of((long) self(self).stride); }

    @PyGetter("suboffsets")
    public static Object suboffsets(Object self) {
        self(self);
        return PyTuple.EMPTY;
    }

    @PyGetter("contiguous")
    public static Object contiguous(Object self) { return contiguousView(self(self)); }

    @PyGetter("c_contiguous")
    public static Object cContiguous(Object self) { return contiguousView(self(self)); }

    @PyGetter("f_contiguous")
    public static Object fContiguous(Object self) { return contiguousView(self(self)); }

    private static boolean contiguousView(PyMemoryView m) {
        return m.stride == m.itemsize || m.length <= 1;
    }
}
