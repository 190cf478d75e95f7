package org.pythebo.modules._io;

import java.io.ByteArrayOutputStream;
import java.lang.ref.Cleaner;
import java.util.Arrays;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.bytes.PyMemoryView;
import org.pythebo.runtime.collections.PyDict;
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
 * {@code _io.BufferedReader}, {@code _io.BufferedWriter} and {@code _io.BufferedRandom}: a byte
 * buffer over a raw file, which is any object with the raw interface (readinto, write, seek,
 * tell, ...) and is called directly when it is exactly a {@link PyFileIO}. One Java class serves
 * the three types; the type says which operations the file allows. The buffer holds either
 * read-ahead ({@code [readPos, readEnd)}, the raw position being after it) or pending writes
 * ({@code [0, writeLen)}, to go at the raw position), never both. Every operation synchronizes
 * on the object.
 */
public final class PyBufferedIO extends IoObject {
    static final PyType READER = PyType.newBuiltin("_io.BufferedReader", IOBase.BUFFERED, PyBufferedIO.class,
            PyType.Subclassing.OWN);
    static final PyType WRITER = PyType.newBuiltin("_io.BufferedWriter", IOBase.BUFFERED, PyBufferedIO.class,
            PyType.Subclassing.OWN);
    static final PyType RANDOM = PyType.newBuiltin("_io.BufferedRandom", IOBase.BUFFERED, PyBufferedIO.class,
            PyType.Subclassing.OWN);

    /** What this object may do: set from the built-in class it is (or derives from). */
    private final boolean canRead;
    private final boolean canWrite;
    /** The raw file; null before __init__ and after detach. */
    private Object raw;
    /** The raw file when it is exactly _io.FileIO, else null. */
    PyFileIO file;
    private boolean detached;
    private byte[] buf;
    private int readPos;
    private int readEnd;
    /** The pending writes; their count lives apart from this object, for the cleaning action. */
    private Sink sink;
    /** The registration with the interpreter's cleaner (files from open() only). */
    private Cleaner.Cleanable cleanable;

    PyBufferedIO(PyType type) {
        super(type);
        this.canRead = type.isSubtypeOf(READER) || type.isSubtypeOf(RANDOM);
        this.canWrite = type.isSubtypeOf(WRITER) || type.isSubtypeOf(RANDOM);
    }

    /** A buffer made by open() or for a standard stream over a FileIO of ours. */
    PyBufferedIO(PyFileIO raw, int size) {
        this(raw.readable && raw.writable ? RANDOM : raw.readable ? READER : WRITER);
        attach(raw, size > 1 ? size : Io.DEFAULT_BUFFER_SIZE);
    }

    private void attach(Object raw, int size) {
        this.raw = raw;
        this.file = raw instanceof PyFileIO f && f.type == PyFileIO.TYPE ? f : null;
        this.buf = new byte[size];
        this.readPos = this.readEnd = 0;
        this.sink = new Sink(this.file, buf);
        this.detached = false;
    }

    /**
     * What flushing and closing the file needs, without the file object: the cleaning action that
     * runs once the object is unreachable (CPython closes a file when its last reference goes).
     * Only files from open() have one, so the raw file is a {@link PyFileIO}.
     */
    private static final class Sink implements Runnable {
        final PyFileIO raw;
        final byte[] buf;
        int writeLen;
        OpenFiles openFiles;
        OpenFiles.Entry entry;
        /** detach() gave the raw file to the program: it is no longer this buffer's to close. */
        volatile boolean released;

        Sink(PyFileIO raw, byte[] buf) {
            this.raw = raw;
            this.buf = buf;
        }

        @Override
        public void run() {
            if (released) {
                return;
            }
            try {
                int n = writeLen;
                if (n > 0) {
                    writeLen = 0;
                    raw.write(buf, 0, n);
                }
            } catch (PyException ignored) {
                // Nobody is left to see the error, as with CPython's close in a finalizer.
            } finally {
                try {
                    raw.closeRaw();
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
        if (file.writable) {
            Sink pending = sink;
            sink.entry = openFiles.add(this, fileKey, () -> pending.writeLen > 0);
        }
        Cleaner.Cleanable c = openFiles.watch(this, sink);
        if (sink.entry != null) {
            sink.entry.cleanable = c;
        }
        cleanable = c;
    }

    // ---- the raw file, called directly when it is ours ----

    private void checkInitialized() {
        if (raw == null) {
            throw detached ? PyException.valueError("raw stream has been detached") : Io.uninitialized();
        }
    }

    private boolean rawClosed(ThreadState ts) {
        return file != null ? file.closedNow() : Ops.isTrue(ts, Ops.getAttr(ts, raw, "closed"));
    }

    @Override
    boolean closedNow() {
        checkInitialized();
        return rawClosed(ThreadState.current());
    }

    private void checkClosed(ThreadState ts, String message) {
        if (readEnd - readPos == 0 && rawClosed(ts)) {
            throw PyException.valueError(message);
        }
    }

    /** Reads into b[off, off+len) from the raw file: the count, 0 at end of file, -1 when it would block. */
    private int rawRead(ThreadState ts, byte[] b, int off, int len) {
        if (file != null) {
            return file.readInto(b, off, len);
        }
        PyMemoryView view = PyMemoryView.ofArray(this, b, off, len, false);
        Object r;
        try {
            r = Io.callMethod(ts, raw, "readinto", view);
        } finally {
            PyMemoryView.release(view);
        }
        if (r == Singleton.NONE) {
            return -1;
        }
        long n = Convert.asSsize(ts, r);
        if (n < 0 || n > len) {
            throw PyException.of(Exc.OSError, "raw readinto() returned invalid length " + n
                    + " (should have been between 0 and " + len + ")");
        }
        return (int) n;
    }

    /** Writes all of b[off, off+len) to the raw file. */
    private void rawWrite(ThreadState ts, byte[] b, int off, int len) {
        if (file != null) {
            file.write(b, off, len);
            return;
        }
        while (len > 0) {
            PyMemoryView view = PyMemoryView.ofArray(this, b, off, len, true);
            Object r;
            try {
                r = Io.callMethod(ts, raw, "write", view);
            } finally {
                PyMemoryView.release(view);
            }
            if (r == Singleton.NONE) {
                throw PyException.of(Exc.BlockingIOError, "write could not complete without blocking");
            }
            long n = Convert.asSsize(ts, r);
            if (n < 0 || n > len) {
                throw PyException.of(Exc.OSError, "raw write() returned invalid length " + n
                        + " (should have been between 0 and " + len + ")");
            }
            off += (int) n;
            len -= (int) n;
        }
    }

    private long rawSeek(ThreadState ts, long pos, int whence) {
        if (file != null) {
            return file.seek(pos, whence);
        }
        return checkPosition(ts, Io.callMethod(ts, raw, "seek", pos, (long) whence));
    }

    private long rawTell(ThreadState ts) {
        if (file != null) {
            return file.tell();
        }
        return checkPosition(ts, Io.callMethod(ts, raw, "tell"));
    }

    private static long checkPosition(ThreadState ts, Object r) {
        long n = Convert.asLong(ts, r);
        if (n < 0) {
            throw PyException.of(Exc.OSError, "Raw stream returned invalid position " + n);
        }
        return n;
    }

    private boolean rawSeekable(ThreadState ts) {
        return file != null ? file.isSeekable() : Ops.isTrue(ts, Io.callMethod(ts, raw, "seekable"));
    }

    // ---- buffer management (callers hold the lock) ----

    private void flushWrites(ThreadState ts) {
        int n = sink.writeLen;
        if (n > 0) {
            sink.writeLen = 0;
            rawWrite(ts, buf, 0, n);
        }
    }

    /** Gives back unread read-ahead to the raw file, so its position is the logical one. */
    private void dropReadAhead(ThreadState ts) {
        int ahead = readEnd - readPos;
        readPos = readEnd = 0;
        if (ahead > 0 && rawSeekable(ts)) {
            rawSeek(ts, -ahead, 1);
        }
    }

    /** Refills an empty read buffer; false at end of file (or when the raw file would block). */
    private boolean fill(ThreadState ts) {
        flushWrites(ts);
        readPos = 0;
        readEnd = 0;
        int n = rawRead(ts, buf, 0, buf.length);
        readEnd = Math.max(n, 0);
        return readEnd > 0;
    }

    private void checkReadable(ThreadState ts, String what) {
        checkInitialized();
        if (!canRead) {
            throw Io.unsupported(what);
        }
    }

    // ---- the operations the text layer uses ----

    /** Up to {@code n} bytes, with at most one raw read: empty only at end of file. */
    synchronized byte[] read1(ThreadState ts, int n) {
        checkReadable(ts, "read1");
        checkClosed(ts, "read of closed file");
        if (n == 0) {
            return new byte[0];
        }
        if (readPos == readEnd) {
            flushWrites(ts);
            if (n >= buf.length) {
                byte[] b = new byte[n];
                int got = Math.max(rawRead(ts, b, 0, n), 0);
                return got == n ? b : Arrays.copyOf(b, got);
            }
            if (!fill(ts)) {
                return new byte[0];
            }
        }
        int take = Math.min(n, readEnd - readPos);
        byte[] b = Arrays.copyOfRange(buf, readPos, readPos + take);
        readPos += take;
        return b;
    }

    /** Exactly {@code n} bytes, or fewer at end of file; everything when n is negative. */
    synchronized byte[] read(ThreadState ts, long n) {
        checkReadable(ts, "read");
        checkClosed(ts, "read of closed file");
        int have = readEnd - readPos;
        if (n < 0) {
            flushWrites(ts);
            byte[] rest = rawReadAll(ts);
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
        flushWrites(ts);
        long want = n - have;
        while (want > 0) {
            if (want >= buf.length) {
                byte[] b = new byte[(int) Math.min(want, 1 << 20)];
                int got = rawRead(ts, b, 0, b.length);
                if (got <= 0) {
                    break;
                }
                out.write(b, 0, got);
                want -= got;
            } else {
                if (!fill(ts)) {
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

    private byte[] rawReadAll(ThreadState ts) {
        if (file != null) {
            return file.readAll();
        }
        Object readall = Ops.lookupAttr(ts, raw, "readall");
        if (readall != null) {
            Object r = Ops.call(ts, readall);
            if (r == Singleton.NONE) {
                return new byte[0];
            }
            if (!(r instanceof PyBytes b)) {
                throw PyException.typeError("readall() should return bytes");
            }
            return b.value();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[buf.length];
        int got;
        while ((got = rawRead(ts, chunk, 0, chunk.length)) > 0) {
            all.write(chunk, 0, got);
        }
        return all.toByteArray();
    }

    /** One line with its b'\n', at most {@code limit} bytes when limit is not negative. */
    synchronized byte[] readline(ThreadState ts, long limit) {
        // A writer has _IOBase's readline, which fails in read().
        checkReadable(ts, "read");
        checkClosed(ts, "readline of closed file");
        ByteArrayOutputStream line = null;
        while (true) {
            if (readPos == readEnd && !fill(ts)) {
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

    synchronized void write(ThreadState ts, byte[] b, int off, int len) {
        checkInitialized();
        if (!canWrite) {
            throw Io.unsupported("write");
        }
        if (rawClosed(ts)) {
            throw PyException.valueError("write to closed file");
        }
        if (readEnd > 0) {
            dropReadAhead(ts);
        }
        if (sink.writeLen + len > buf.length) {
            flushWrites(ts);
        }
        if (len >= buf.length) {
            rawWrite(ts, b, off, len);
        } else {
            System.arraycopy(b, off, buf, sink.writeLen, len);
            sink.writeLen += len;
        }
    }

    /** Writes out pending bytes (nothing to do on a closed or detached file, which has none). */
    synchronized void flush() {
        if (raw != null && sink.writeLen > 0) {
            flushWrites(ThreadState.current());
        }
    }

    synchronized long tell(ThreadState ts) {
        checkInitialized();
        long pos = rawTell(ts) - (readEnd - readPos) + sink.writeLen;
        if (pos < 0) {
            throw Io.osError(22, "Invalid argument", null);
        }
        return pos;
    }

    synchronized long seek(ThreadState ts, long pos, int whence) {
        checkInitialized();
        if (whence < 0 || whence > 4) {
            throw PyException.valueError("whence value " + whence + " unsupported");
        }
        checkClosed(ts, "seek of closed file");
        if (!rawSeekable(ts)) {
            throw Io.unsupported("File or stream is not seekable.");
        }
        flushWrites(ts);
        if (whence == 1) {
            pos -= readEnd - readPos;
        }
        readPos = readEnd = 0;
        return rawSeek(ts, pos, whence);
    }

    boolean seekable(ThreadState ts) {
        checkInitialized();
        return rawSeekable(ts);
    }

    boolean readable() { return canRead; }

    boolean writable() { return canWrite; }

    /** The raw file's {@code name} attribute, or null. */
    Object rawName(ThreadState ts) {
        if (file != null) {
            return file.name(ts);
        }
        return raw == null ? null : Io.attrOrNull(ts, raw, "name");
    }

    // ---- the Python methods ----

    private static PyBufferedIO self(Object self) { return (PyBufferedIO) self; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyBufferedIO((PyType) cls);
    }

    @PyMethod("($self, /, raw, buffer_size=8192)")
    public static void __init__(ThreadState ts, Object self, Object raw, long bufferSize) {
        PyBufferedIO b = self(self);
        if (b.canRead && b.canWrite) {
            IOBase._checkSeekable(ts, raw, Ops.NO_ARGS);
        }
        if (b.canRead) {
            IOBase._checkReadable(ts, raw, Ops.NO_ARGS);
        }
        if (b.canWrite) {
            IOBase._checkWritable(ts, raw, Ops.NO_ARGS);
        }
        if (bufferSize <= 0) {
            throw PyException.valueError("buffer size must be strictly positive");
        }
        if (bufferSize > Integer.MAX_VALUE - 16) {
            throw PyException.of(Exc.MemoryError, null);
        }
        synchronized (b) {
            b.attach(raw, (int) bufferSize);
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        PyBufferedIO b = self(self);
        b.checkReadable(ts, "read");
        long n = Io.sizeArg(ts, size);
        if (n < -1) {
            throw PyException.valueError("read length must be non-negative or -1");
        }
        return PyBytes.of(b.read(ts, n));
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read1(ThreadState ts, Object self, long size) {
        PyBufferedIO b = self(self);
        b.checkReadable(ts, "read1");
        long n = size < 0 ? b.buf.length : size;
        return PyBytes.of(b.read1(ts, (int) Math.min(n, Integer.MAX_VALUE - 16)));
    }

    @PyMethod("($self, size=0, /)")
    public static Object peek(ThreadState ts, Object self, long size) {
        PyBufferedIO b = self(self);
        synchronized (b) {
            b.checkReadable(ts, "read");
            b.checkClosed(ts, "peek of closed file");
            if (b.readPos == b.readEnd && !b.fill(ts)) {
                return PyBytes.EMPTY;
            }
            return PyBytes.of(Arrays.copyOfRange(b.buf, b.readPos, b.readEnd));
        }
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(ThreadState ts, Object self, Object buffer) {
        PyBuffer into = Io.writableArg(buffer, "readinto");
        byte[] got = self(self).read(ts, into.length());
        System.arraycopy(got, 0, into.array(), into.offset(), got.length);
        return (long) got.length;
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto1(ThreadState ts, Object self, Object buffer) {
        PyBuffer into = Io.writableArg(buffer, "readinto1");
        byte[] got = self(self).read1(ts, into.length());
        System.arraycopy(got, 0, into.array(), into.offset(), got.length);
        return (long) got.length;
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(ThreadState ts, Object self, Object size) {
        return PyBytes.of(self(self).readline(ts, Io.sizeArg(ts, size)));
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        byte[] line = self(self).readline(ts, -1);
        if (line.length == 0) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return PyBytes.of(line);
    }

    @PyMethod("($self, buffer, /)")
    public static Object write(ThreadState ts, Object self, Object data) {
        PyBufferedIO b = self(self);
        byte[] bytes = Io.bytesArg(data);
        b.write(ts, bytes, 0, bytes.length);
        return (long) bytes.length;
    }

    @PyMethod("($self, /)")
    public static Object flush(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        if (!b.canWrite) {
            // A reader's flush is the raw file's.
            return Io.callMethod(ts, b.raw, "flush");
        }
        synchronized (b) {
            if (b.rawClosed(ts)) {
                throw PyException.valueError("flush of closed file");
            }
            b.flushWrites(ts);
            if (b.canRead) {
                b.dropReadAhead(ts);
            }
        }
        return Singleton.NONE;
    }

    @PyMethod("($self, target, whence=0, /)")
    public static Object seek(ThreadState ts, Object self, Object target, int whence) {
        PyBufferedIO b = self(self);
        if (target instanceof Double) {
            throw PyException.typeError("an integer is required");
        }
        return b.seek(ts, Convert.asLong(ts, target), whence);
    }

    @PyMethod("($self, /)")
    public static Object tell(ThreadState ts, Object self) { return self(self).tell(ts); }

    @PyMethod("($self, pos=None, /)")
    public static Object truncate(ThreadState ts, Object self, Object pos) {
        PyBufferedIO b = self(self);
        synchronized (b) {
            b.checkInitialized();
            b.checkClosed(ts, "truncate of closed file");
            if (!b.canWrite) {
                throw Io.unsupported("truncate");
            }
            b.flushWrites(ts);
            b.dropReadAhead(ts);
            if (b.file != null) {
                return b.file.truncate(pos == Singleton.NONE ? b.file.tell() : Convert.asLong(ts, pos));
            }
            return Io.callMethod(ts, b.raw, "truncate", pos);
        }
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        synchronized (b) {
            b.checkInitialized();
            if (b.rawClosed(ts)) {
                return Singleton.NONE;
            }
        }
        PyException flushError = null;
        try {
            if (b.type.heapType) {
                Io.callMethod(ts, b, "flush");
            } else {
                b.flush();
            }
        } catch (PyException e) {
            flushError = e;
        }
        synchronized (b) {
            try {
                if (b.file != null) {
                    PyFileIO.close(ts, b.file);
                } else {
                    Io.callMethod(ts, b.raw, "close");
                }
            } catch (PyException e) {
                if (flushError != null) {
                    e.exc.context = flushError.exc;
                }
                throw e;
            } finally {
                b.readPos = b.readEnd = 0;
                if (b.cleanable != null) {
                    // Done with the cleaning: it only takes the file off the interpreter's list now.
                    b.cleanable.clean();
                }
            }
        }
        if (flushError != null) {
            throw flushError;
        }
        return Singleton.NONE;
    }

    @PyMethod("($self, /)")
    public static Object detach(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        Io.callMethod(ts, b, "flush");
        synchronized (b) {
            Object raw = b.raw;
            b.raw = null;
            b.file = null;
            b.detached = true;
            b.sink.released = true;
            if (b.sink.entry != null) {
                b.sink.openFiles.remove(b.sink.entry);
            }
            return raw;
        }
    }

    /** A writer has _IOBase's readable (False), a reader _IOBase's writable. */
    @PyMethod("($self, /)")
    public static Object readable(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        if (!b.canRead) {
            return false;
        }
        return b.file != null ? PyFileIO.readable(b.file) : Io.callMethod(ts, b.raw, "readable");
    }

    @PyMethod("($self, /)")
    public static Object writable(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        if (!b.canWrite) {
            return false;
        }
        return b.file != null ? PyFileIO.writable(b.file) : Io.callMethod(ts, b.raw, "writable");
    }

    @PyMethod("($self, /)")
    public static Object seekable(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return b.file != null ? PyFileIO.seekable(b.file) : Io.callMethod(ts, b.raw, "seekable");
    }

    @PyMethod("($self, /)")
    public static Object fileno(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return b.file != null ? PyFileIO.fileno(b.file) : Io.callMethod(ts, b.raw, "fileno");
    }

    @PyMethod("($self, /)")
    public static Object isatty(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return b.file != null ? PyFileIO.isatty(b.file) : Io.callMethod(ts, b.raw, "isatty");
    }

    @PyGetter("raw")
    public static Object raw(Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return b.raw;
    }

    @PyGetter("name")
    public static Object name(Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return Ops.getAttr(ThreadState.current(), b.raw, "name");
    }

    @PyGetter("mode")
    public static Object mode(Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return Ops.getAttr(ThreadState.current(), b.raw, "mode");
    }

    @PyGetter("closed")
    public static Object closed(Object self) {
        PyBufferedIO b = self(self);
        b.checkInitialized();
        return b.file != null ? b.file.closedNow() : Ops.getAttr(ThreadState.current(), b.raw, "closed");
    }

    @PyGetter("_finalizing")
    public static Object finalizing(Object self) { return false; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyBufferedIO b = self(self);
        Object name;
        try {
            name = b.raw == null ? null : b.type.heapType ? Io.attrOrNull(ts, b, "name") : b.rawName(ts);
        } catch (PyException e) {
            if (!e.exc.matches(Exc.ValueError)) {
                throw e;
            }
            name = null;
        }
        return name == null ? "<" + b.type.name + ">" : "<" + b.type.name + " name=" + Ops.repr(ts, name) + ">";
    }
}
