package org.pythebo.modules._io;

import java.io.ByteArrayOutputStream;
import java.lang.ref.Cleaner;
import java.util.Arrays;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _io.BufferedReader}, {@code _io.BufferedWriter} and {@code _io.BufferedRandom}: a byte
 * buffer over a {@link PyFileIO}. One Java class serves the three types; the type says which
 * operations the file allows. The buffer holds either read-ahead ({@code [readPos, readEnd)}, the
 * raw position being after it) or pending writes ({@code [0, writeLen)}, to go at the raw
 * position), never both. Every operation synchronizes on the object.
 */
public final class PyBufferedIO extends PyObject {
    static final PyType READER = IoOpen.ioType("BufferedReader", PyBufferedIO.class);
    static final PyType WRITER = IoOpen.ioType("BufferedWriter", PyBufferedIO.class);
    static final PyType RANDOM = IoOpen.ioType("BufferedRandom", PyBufferedIO.class);

    static final int DEFAULT_BUFFER_SIZE = 8192;

    final PyFileIO raw;
    private final PyType type;
    private final byte[] buf;
    private int readPos;
    private int readEnd;
    /** The pending writes; their count lives apart from this object, for the cleaning action. */
    private final Sink sink;
    /** The registration with the interpreter's cleaner (files from open() only). */
    private Cleaner.Cleanable cleanable;

    PyBufferedIO(PyFileIO raw, int size) {
        this.raw = raw;
        this.type = raw.readable && raw.writable ? RANDOM : raw.readable ? READER : WRITER;
        this.buf = new byte[size > 1 ? size : DEFAULT_BUFFER_SIZE];
        this.sink = new Sink(raw, buf);
    }

    /**
     * What flushing and closing the file needs, without the file object: the cleaning action that
     * runs once the object is unreachable (CPython closes a file when its last reference goes).
     */
    private static final class Sink implements Runnable {
        final PyFileIO raw;
        final byte[] buf;
        int writeLen;
        OpenFiles openFiles;
        OpenFiles.Entry entry;

        Sink(PyFileIO raw, byte[] buf) {
            this.raw = raw;
            this.buf = buf;
        }

        void flushWrites() {
            int n = writeLen;
            if (n > 0) {
                writeLen = 0;
                raw.write(buf, 0, n);
            }
        }

        @Override
        public void run() {
            try {
                flushWrites();
            } catch (PyException ignored) {
                // Nobody is left to see the error, as with CPython's close in a finalizer.
            } finally {
                try {
                    raw.close();
                } catch (PyException ignored) {
                    // As above.
                }
                if (entry != null) {
                    openFiles.remove(entry);
                }
            }
        }
    }

    /**
     * Lets the interpreter flush and close the file when the program drops it, and (for a
     * writable file on disk) flush it at exit and before another open() of the same file.
     * Called by open() before the object is published.
     */
    void track(OpenFiles openFiles, Object fileKey) {
        sink.openFiles = openFiles;
        if (raw.writable) {
            Sink pending = sink;
            sink.entry = openFiles.add(this, fileKey, () -> pending.writeLen > 0);
        }
        Cleaner.Cleanable c = openFiles.watch(this, sink);
        if (sink.entry != null) {
            sink.entry.cleanable = c;
        }
        cleanable = c;
    }

    @Override
    public PyType type() { return type; }

    boolean isClosed() { return raw.isClosed(); }

    private void checkClosed(String what) {
        if (raw.isClosed()) {
            throw PyException.valueError(what);
        }
    }

    private void checkReadable(String op) {
        if (!raw.readable) {
            throw IoOpen.unsupported(op);
        }
        checkClosed(op + " of closed file");
    }

    private void checkWritable() {
        if (!raw.writable) {
            throw IoOpen.unsupported("write");
        }
        checkClosed("write to closed file");
    }

    // ---- buffer management (callers hold the lock) ----

    private void flushWrites() {
        sink.flushWrites();
    }

    /** Gives back unread read-ahead to the raw file, so its position is the logical one. */
    private void dropReadAhead() {
        int ahead = readEnd - readPos;
        readPos = readEnd = 0;
        if (ahead > 0 && raw.seekable()) {
            raw.seek(-ahead, 1);
        }
    }

    /** Refills an empty read buffer; false at end of file. */
    private boolean fill() {
        flushWrites();
        readPos = 0;
        readEnd = raw.readInto(buf, 0, buf.length);
        return readEnd > 0;
    }

    // ---- the operations the text layer uses ----

    /** Up to {@code n} bytes, with at most one raw read: empty only at end of file. */
    synchronized byte[] read1(int n) {
        checkReadable("read");
        if (readPos == readEnd) {
            flushWrites();
            if (n >= buf.length) {
                byte[] b = new byte[n];
                int got = raw.readInto(b, 0, n);
                return got == n ? b : Arrays.copyOf(b, got);
            }
            if (!fill()) {
                return new byte[0];
            }
        }
        int take = Math.min(n, readEnd - readPos);
        byte[] b = Arrays.copyOfRange(buf, readPos, readPos + take);
        readPos += take;
        return b;
    }

    /** Exactly {@code n} bytes, or fewer at end of file; everything when n is negative. */
    synchronized byte[] read(long n) {
        checkReadable("read");
        int have = readEnd - readPos;
        if (n < 0) {
            flushWrites();
            byte[] rest = raw.readAll();
            byte[] b = Arrays.copyOfRange(buf, readPos, readEnd + rest.length);
            System.arraycopy(rest, 0, b, have, rest.length);
            readPos = readEnd = 0;
            return b;
        }
        if (n <= have) {
            byte[] b = Arrays.copyOfRange(buf, readPos, readPos + (int) n);
            readPos += (int) n;
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(buf, readPos, have);
        readPos = readEnd = 0;
        flushWrites();
        long want = n - have;
        while (want > 0) {
            if (want >= buf.length) {
                byte[] b = new byte[(int) Math.min(want, 1 << 20)];
                int got = raw.readInto(b, 0, b.length);
                if (got == 0) {
                    break;
                }
                out.write(b, 0, got);
                want -= got;
            } else {
                if (!fill()) {
                    break;
                }
                int take = (int) Math.min(want, readEnd);
                out.write(buf, 0, take);
                readPos = take;
                want -= take;
            }
        }
        return out.toByteArray();
    }

    /** One line with its b'\n', at most {@code limit} bytes when limit is not negative. */
    synchronized byte[] readline(long limit) {
        checkReadable("readline");
        ByteArrayOutputStream line = null;
        while (true) {
            if (readPos == readEnd && !fill()) {
                break;
            }
            int end = readEnd;
            if (limit >= 0) {
                end = (int) Math.min(end, readPos + limit - (line == null ? 0 : line.size()));
            }
            int i = readPos;
            while (i < end && buf[i] != '\n') {
                i++;
            }
            boolean done = i < end || end < readEnd;
            if (i < end) {
                i++;
            }
            if (line == null && done) {
                byte[] b = Arrays.copyOfRange(buf, readPos, i);
                readPos = i;
                return b;
            }
            if (line == null) {
                line = new ByteArrayOutputStream();
            }
            line.write(buf, readPos, i - readPos);
            readPos = i;
            if (done || (limit >= 0 && line.size() >= limit)) {
                break;
            }
        }
        return line == null ? new byte[0] : line.toByteArray();
    }

    synchronized void write(byte[] b, int off, int len) {
        checkWritable();
        if (readEnd > 0) {
            dropReadAhead();
        }
        if (sink.writeLen + len > buf.length) {
            flushWrites();
        }
        if (len >= buf.length) {
            raw.write(b, off, len);
        } else {
            System.arraycopy(b, off, buf, sink.writeLen, len);
            sink.writeLen += len;
        }
    }

    synchronized void flush() {
        if (sink.writeLen > 0) {
            flushWrites();
        }
    }

    synchronized long tell() {
        long pos = raw.tell() - (readEnd - readPos) + sink.writeLen;
        if (pos < 0) {
            throw IoOpen.osError(22, "Invalid argument", null);
        }
        return pos;
    }

    synchronized long seek(long pos, int whence) {
        checkClosed("seek of closed file");
        if (whence < 0 || whence > 4) {
            throw PyException.valueError("whence value " + whence + " unsupported");
        }
        flushWrites();
        if (whence == 1) {
            pos -= readEnd - readPos;
        }
        readPos = readEnd = 0;
        return raw.seek(pos, whence);
    }

    synchronized long truncate(Object size) {
        checkClosed("truncate of closed file");
        if (!raw.writable) {
            throw IoOpen.unsupported("truncate");
        }
        flushWrites();
        dropReadAhead();
        return raw.truncate(size == Singleton.NONE ? raw.tell() : Ops.index(size));
    }

    /** Flushes and closes the raw file; closing twice does nothing. */
    synchronized void close() {
        if (raw.isClosed()) {
            return;
        }
        try {
            flushWrites();
        } finally {
            raw.close();
            if (cleanable != null) {
                // Done with the cleaning: it only takes the file off the interpreter's list now.
                cleanable.clean();
            }
        }
    }

    // ---- the Python methods ----

    private static PyBufferedIO self(Object self) { return (PyBufferedIO) self; }

    @PyMethod("($self, size=-1, /)")
    public static Object read(Object self, Object size) {
        long n = IoOpen.sizeArg(size);
        if (n < -1) {
            // FileIO and TextIOWrapper take any negative size as "all"; the buffered layer does not.
            throw PyException.valueError("read length must be non-negative or -1");
        }
        return PyBytes.of(self(self).read(n));
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read1(Object self, Object size) {
        PyBufferedIO b = self(self);
        long n = IoOpen.sizeArg(size);
        if (n < 0) {
            n = b.buf.length;
        }
        return PyBytes.of(b.read1((int) Math.min(n, Integer.MAX_VALUE - 16)));
    }

    @PyMethod("($self, size=0, /)")
    public static Object peek(Object self, Object size) {
        PyBufferedIO b = self(self);
        synchronized (b) {
            b.checkReadable("peek");
            if (b.readPos == b.readEnd && !b.fill()) {
                return PyBytes.EMPTY;
            }
            return PyBytes.of(Arrays.copyOfRange(b.buf, b.readPos, b.readEnd));
        }
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(ThreadState ts, Object self, Object buffer) {
        int len = IoOpen.writableLength(buffer, "readinto");
        byte[] got = self(self).read(len);
        IoOpen.fill(ts, buffer, got, got.length);
        return (long) got.length;
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto1(ThreadState ts, Object self, Object buffer) {
        int len = IoOpen.writableLength(buffer, "readinto1");
        byte[] got = self(self).read1(len);
        IoOpen.fill(ts, buffer, got, got.length);
        return (long) got.length;
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(Object self, Object size) {
        return PyBytes.of(self(self).readline(IoOpen.sizeArg(size)));
    }

    @PyMethod("($self, hint=-1, /)")
    public static Object readlines(Object self, Object hint) {
        return IoOpen.readlines(self, hint, s -> readline(s, -1L));
    }

    @PyMethod("($self, buffer, /)")
    public static Object write(Object self, Object data) {
        PyBufferedIO b = self(self);
        b.checkWritable();
        byte[] bytes = IoOpen.bytesArg(data);
        b.write(bytes, 0, bytes.length);
        return (long) bytes.length;
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        self(self).checkClosed("write to closed file");
        PyIterator it = Ops.iter(ts, lines);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            write(self, v);
        }
    }

    @PyMethod(value = "($self, /)", name = "flush")
    public static void flushMethod(Object self) {
        PyBufferedIO b = self(self);
        // A reader has IOBase's flush, with IOBase's message.
        b.checkClosed(b.raw.writable ? "flush of closed file" : "I/O operation on closed file.");
        b.flush();
    }

    @PyMethod("($self, target, whence=0, /)")
    public static Object seek(Object self, Object target, Object whence) {
        PyBufferedIO b = self(self);
        b.checkClosed("seek of closed file");
        if (!b.raw.seekable()) {
            throw IoOpen.osError(29, "Illegal seek", null);
        }
        return b.seek(Ops.index(target), (int) Ops.index(whence));
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) {
        PyBufferedIO b = self(self);
        b.checkClosed("I/O operation on closed file");
        return b.tell();
    }

    @PyMethod("($self, pos=None, /)")
    public static Object truncate(Object self, Object pos) { return self(self).truncate(pos); }

    @PyMethod("($self, /)")
    public static void close(Object self) { self(self).close(); }

    @PyMethod("($self, /)")
    public static Object readable(Object self) {
        self(self).checkClosed("I/O operation on closed file");
        return self(self).raw.readable;
    }

    @PyMethod("($self, /)")
    public static Object writable(Object self) {
        self(self).checkClosed("I/O operation on closed file");
        return self(self).raw.writable;
    }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) {
        self(self).checkClosed("I/O operation on closed file");
        return self(self).raw.seekable();
    }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) { return self(self).raw.isatty(); }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { return (long) self(self).raw.fileno(); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        IoOpen.checkNotClosed(self(self).isClosed());
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        byte[] line = self(self).readline(-1);
        if (line.length == 0) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return PyBytes.of(line);
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        IoOpen.checkNotClosed(self(self).isClosed());
        return self;
    }

    @PyMethod("($self, *args)")
    public static void __exit__(Object self, Object[] args) { self(self).close(); }

    @PyGetter("raw")
    public static Object getRaw(Object self) { return self(self).raw; }

    @PyGetter("name")
    public static Object getName(Object self) { return self(self).raw.name; }

    @PyGetter("mode")
    public static Object getMode(Object self) { return self(self).raw.mode(); }

    @PyGetter("closed")
    public static Object getClosed(Object self) { return self(self).isClosed(); }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        return "<" + b.type.name + " name=" + b.raw.nameRepr(ts) + ">";
    }
}
