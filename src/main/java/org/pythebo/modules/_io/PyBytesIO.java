package org.pythebo.modules._io;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.bytes.PyMemoryView;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _io.BytesIO}: a file in memory, {@code data[0, size)} with a position that may lie past
 * the end (a write there pads with zeros). {@code getbuffer()} exports the array itself as a
 * writable memoryview; while a view is alive the array may not change size or place, as CPython
 * refuses to resize an exported buffer. Every operation synchronizes on the object.
 */
public final class PyBytesIO extends IoObject {
    static final PyType TYPE = PyType.newBuiltin("_io.BytesIO", IOBase.BUFFERED, PyBytesIO.class, PyType.Subclassing.OWN);

    private static final byte[] EMPTY = new byte[0];

    /** null once closed. */
    private byte[] data = EMPTY;
    private int size;
    private int pos;
    /** The views getbuffer() handed out, until they are released or unreachable. */
    private List<WeakReference<PyMemoryView>> exports;

    PyBytesIO(PyType type) {
        super(type);
    }

    @Override
    boolean closedNow() { return data == null; }

    private void checkClosed() {
        if (data == null) {
            throw Io.closedFile();
        }
    }

    /**
     * BufferError while a view from getbuffer() is alive. CPython counts references; here a
     * view the program dropped without releasing it is found unreachable by a collection, run
     * only when such a view would otherwise forbid the change.
     */
    private void checkExports() {
        if (exports == null || !liveExports()) {
            return;
        }
        System.gc();
        if (liveExports()) {
            throw PyException.of(Exc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private boolean liveExports() {
        exports.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.isReleased();
        });
        if (exports.isEmpty()) {
            exports = null;
            return false;
        }
        return true;
    }

    /** Room for {@code n} bytes (the array may move: callers have checked the exports). */
    private void ensureCapacity(int n) {
        if (n > data.length) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(n, data.length + (data.length >> 1) + 16L));
            data = Arrays.copyOf(data, grown);
        }
    }

    private void writeBytes(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        long end = (long) pos + len;
        if (end > Integer.MAX_VALUE - 16) {
            throw PyException.of(Exc.MemoryError, null);
        }
        ensureCapacity((int) end);
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(b, off, data, pos, len);
        pos = (int) end;
        size = Math.max(size, pos);
    }

    private byte[] take(long n) {
        int available = Math.max(0, size - pos);
        int k = n < 0 || n > available ? available : (int) n;
        byte[] out = Arrays.copyOfRange(data, Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return out;
    }

    /** The length of the next line from the position (with its b'\n'), at most limit when not negative. */
    private int lineLength(long limit) {
        if (pos >= size) {
            return 0;
        }
        int end = limit >= 0 && limit < size - pos ? pos + (int) limit : size;
        int i = pos;
        while (i < end && data[i] != '\n') {
            i++;
        }
        return (i < end ? i + 1 : end) - pos;
    }

    private static PyBytesIO self(Object self) { return (PyBytesIO) self; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyBytesIO((PyType) cls);
    }

    @PyMethod("($self, /, initial_bytes=None)")
    public static void __init__(Object self, Object initial) {
        PyBytesIO b = self(self);
        synchronized (b) {
            if (b.exports != null) {
                b.checkExports();
            }
            byte[] init = initial == Singleton.NONE ? EMPTY : Io.bytesArg(initial);
            b.data = init.length == 0 ? EMPTY : init.clone();
            b.size = init.length;
            b.pos = 0;
        }
    }

    @PyMethod("($self, /)")
    public static Object getvalue(Object self) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            return PyBytes.of(Arrays.copyOf(b.data, b.size));
        }
    }

    @PyMethod("($self, /)")
    public static Object getbuffer(Object self) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            if (b.data.length == 0) {
                b.data = new byte[0];
            }
            PyMemoryView view = PyMemoryView.ofArray(b, b.data, 0, b.size, false);
            if (b.exports == null) {
                b.exports = new ArrayList<>();
            }
            b.exports.add(new WeakReference<>(view));
            return view;
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        PyBytesIO b = self(self);
        long n = Io.sizeArg(ts, size);
        synchronized (b) {
            b.checkClosed();
            return PyBytes.of(b.take(n));
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read1(ThreadState ts, Object self, Object size) {
        return read(ts, self, size);
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(ThreadState ts, Object self, Object size) {
        PyBytesIO b = self(self);
        long n = Io.sizeArg(ts, size);
        synchronized (b) {
            b.checkClosed();
            return PyBytes.of(b.take(b.lineLength(n)));
        }
    }

    @PyMethod("($self, size=None, /)")
    public static Object readlines(ThreadState ts, Object self, Object size) {
        PyBytesIO b = self(self);
        long limit;
        if (size == Singleton.NONE) {
            limit = -1;
        } else if (Convert.intValue(size) != null) {
            limit = Convert.asSsize(ts, size);
        } else {
            throw PyException.typeError("integer argument expected, got '" + Ops.typeName(size) + "'");
        }
        synchronized (b) {
            b.checkClosed();
            PyList lines = new PyList();
            long total = 0;
            int n;
            while ((n = b.lineLength(-1)) > 0) {
                lines.append(PyBytes.of(b.take(n)));
                total += n;
                if (limit > 0 && total >= limit) {
                    break;
                }
            }
            return lines;
        }
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(Object self, Object buffer) {
        PyBuffer into = Io.writableArg(buffer, "readinto");
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            byte[] got = b.take(into.length());
            System.arraycopy(got, 0, into.array(), into.offset(), got.length);
            return (long) got.length;
        }
    }

    @PyMethod("($self, b, /)")
    public static Object write(Object self, Object data) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            b.checkExports();
            PyBuffer in = Convert.bufferOrNull(data);
            if (in == null) {
                throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
            }
            b.writeBytes(in.array(), in.offset(), in.length());
            return (long) in.length();
        }
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        self(self).checkClosed();
        PyIterator it = Ops.iter(ts, lines);
        for (Object line = it.next(ts); line != null; line = it.next(ts)) {
            write(self, line);
        }
    }

    @PyMethod("($self, pos, whence=0, /)")
    public static Object seek(Object self, long pos, int whence) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            if (pos < 0 && whence == 0) {
                throw PyException.valueError("negative seek value " + pos);
            }
            long target = switch (whence) {
                case 0 -> pos;
                case 1 -> b.pos + pos;
                case 2 -> b.size + pos;
                default -> throw PyException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            if (target > Integer.MAX_VALUE - 16) {
                throw PyException.overflow("new position too large");
            }
            b.pos = (int) Math.max(0, target);
            return (long) b.pos;
        }
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            return (long) b.pos;
        }
    }

    @PyMethod("($self, size=None, /)")
    public static Object truncate(ThreadState ts, Object self, Object sizeArg) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            b.checkExports();
            long n = sizeArg == Singleton.NONE ? b.pos : Io.sizeArg(ts, sizeArg);
            if (n < 0) {
                throw PyException.valueError("negative size value " + n);
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            return n;
        }
    }

    @PyMethod("($self, /)")
    public static Object readable(Object self) {
        self(self).checkClosed();
        return true;
    }

    @PyMethod("($self, /)")
    public static Object writable(Object self) {
        self(self).checkClosed();
        return true;
    }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) {
        self(self).checkClosed();
        return true;
    }

    @PyMethod("($self, /)")
    public static void flush(Object self) { self(self).checkClosed(); }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) {
        self(self).checkClosed();
        return false;
    }

    @PyMethod("($self, /)")
    public static void close(Object self) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkExports();
            b.data = null;
            b.size = b.pos = 0;
        }
    }

    @PyGetter("closed")
    public static Object closed(Object self) { return self(self).data == null; }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        PyBytesIO b = self(self);
        synchronized (b) {
            b.checkClosed();
            int n = b.lineLength(-1);
            if (n == 0) {
                throw PyException.of(Exc.StopIteration, null);
            }
            return PyBytes.of(b.take(n));
        }
    }

    @PyMethod("($self, /)")
    public static Object __getstate__(ThreadState ts, Object self) {
        PyBytesIO b = self(self);
        Object value = getvalue(b);
        PyDict d = b.dict();
        return PyTuple.of(value, (long) b.pos, d.size() == 0 ? Singleton.NONE : PyDict.copy(d));
    }

    @PyMethod("($self, state, /)")
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        PyBytesIO b = self(self);
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw PyException.typeError(b.type.name + ".__setstate__ argument should be 3-tuple, got "
                    + Ops.typeName(state));
        }
        __init__(b, t.get(0));
        Object p = t.get(1);
        if (Convert.intValue(p) == null) {
            throw PyException.typeError("second item of state must be an integer, not " + Ops.typeName(p));
        }
        long pos = Convert.asSsize(ts, p);
        if (pos < 0) {
            throw PyException.valueError("position value cannot be negative");
        }
        synchronized (b) {
            b.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
        }
        Object d = t.get(2);
        if (d != Singleton.NONE) {
            if (!(d instanceof PyDict dd)) {
                throw PyException.typeError("third item of state should be a dict, got a " + Ops.typeName(d));
            }
            b.dict().updateFrom(ts, dd);
        }
    }
}
