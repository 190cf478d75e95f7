package org.pythebo.modules._io;

import java.io.ByteArrayOutputStream;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _io._IOBase} and the other abstract bases ({@code _RawIOBase}, {@code _BufferedIOBase},
 * {@code _TextIOBase}): the default methods that io.py's ABCs inherit and that user classes
 * derived from them rely on. They keep no state of their own (their subclasses' instances are
 * plain instances) and work through the instance's other methods, looked up on each call, so a
 * subclass that defines only {@code readinto} gets read, readline, iteration and the rest. As in
 * CPython, _IOBase's closed flag is the instance attribute {@code __IOBase_closed}.
 */
public final class IOBase {
    private IOBase() {}

    static final PyType TYPE = PyType.newBuiltin("_io._IOBase", PyType.OBJECT, IOBase.class, PyType.Subclassing.PLAIN);
    static final PyType RAW = PyType.newBuiltin("_io._RawIOBase", TYPE, Raw.class, PyType.Subclassing.PLAIN);
    static final PyType BUFFERED = PyType.newBuiltin("_io._BufferedIOBase", TYPE, Buffered.class,
            PyType.Subclassing.PLAIN);
    static final PyType TEXT = PyType.newBuiltin("_io._TextIOBase", TYPE, Text.class, PyType.Subclassing.PLAIN);

    static final String CLOSED_ATTR = "__IOBase_closed";

    public static final String __doc__ = "The abstract base class for all I/O classes.\n\n"
            + "This class provides dummy implementations for many methods that\n"
            + "derived classes can override selectively; the default implementations\n"
            + "represent a file that cannot be read, written or seeked.\n\n"
            + "Even though IOBase does not declare read, readinto, or write because\n"
            + "their signatures will vary, implementations and clients should\n"
            + "consider those methods part of the interface. Also, implementations\n"
            + "may raise UnsupportedOperation when operations they do not support are\n"
            + "called.\n\n"
            + "The basic type used for binary data read from or written to a file is\n"
            + "bytes. Other bytes-like objects are accepted as method arguments too.\n"
            + "In some cases (such as readinto), a writable object is required. Text\n"
            + "I/O classes work with str data.\n\n"
            + "Note that calling any method (except additional calls to close(),\n"
            + "which are ignored) on a closed stream should raise a ValueError.\n\n"
            + "IOBase (and its subclasses) support the iterator protocol, meaning\n"
            + "that an IOBase object can be iterated over yielding the lines in a\n"
            + "stream.\n\n"
            + "IOBase also supports the :keyword:`with` statement. In this example,\n"
            + "fp is closed after the suite of the with statement is complete:\n\n"
            + "with open('spam.txt', 'r') as fp:\n"
            + "    fp.write('Spam and eggs!')\n";

    // ---- helpers the I/O classes share ----

    /** The object's {@code closed} attribute as a truth value (the built-in classes answer directly). */
    static boolean isClosed(ThreadState ts, Object self) {
        if (self instanceof IoObject o && !o.type.heapType) {
            return o.closedNow();
        }
        return Ops.isTrue(ts, Ops.getAttr(ts, self, "closed"));
    }

    /** ValueError when the object says it is closed. */
    static void checkClosed(ThreadState ts, Object self) {
        if (isClosed(ts, self)) {
            throw Io.closedFile();
        }
    }

    /** _IOBase's own flag: whether close() of _IOBase has run (the attribute exists). */
    static boolean baseClosed(ThreadState ts, Object self) {
        if (self instanceof IoObject o) {
            return o.dictGet(ts, CLOSED_ATTR) != null;
        }
        return Ops.lookupAttr(ts, self, CLOSED_ATTR) != null;
    }

    /** _IOBase.close: flush through the object, then mark it closed (also when the flush fails). */
    static void baseClose(ThreadState ts, Object self) {
        if (baseClosed(ts, self)) {
            return;
        }
        try {
            Io.callMethod(ts, self, "flush");
        } finally {
            Ops.setAttr(ts, self, CLOSED_ATTR, Boolean.TRUE);
        }
    }

    private static void checkTrue(ThreadState ts, Object result, String what) {
        if (result != Boolean.TRUE) {
            throw Io.unsupported("File or stream is not " + what + ".");
        }
    }

    // ---- _IOBase ----

    @PyMethod("($self, offset, whence=0, /)")
    public static Object seek(Object self, Object offset, Object whence) { throw Io.unsupported("seek"); }

    @PyMethod("($self, /)")
    public static Object tell(ThreadState ts, Object self) { return Io.callMethod(ts, self, "seek", 0L, 1L); }

    @PyMethod("($self, *args)")
    public static Object truncate(Object self, Object[] args) { throw Io.unsupported("truncate"); }

    @PyMethod("($self, /)")
    public static void flush(ThreadState ts, Object self) {
        if (baseClosed(ts, self)) {
            throw Io.closedFile();
        }
    }

    @PyMethod("($self, /)")
    public static void close(ThreadState ts, Object self) { baseClose(ts, self); }

    @PyGetter("closed")
    public static Object closed(Object self) { return baseClosed(ThreadState.current(), self); }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) { return false; }

    @PyMethod("($self, /)")
    public static Object readable(Object self) { return false; }

    @PyMethod("($self, /)")
    public static Object writable(Object self) { return false; }

    @PyMethod("($self, *args)")
    public static void _checkClosed(ThreadState ts, Object self, Object[] args) { checkClosed(ts, self); }

    @PyMethod("($self, *args)")
    public static Object _checkSeekable(ThreadState ts, Object self, Object[] args) {
        Object r = Io.callMethod(ts, self, "seekable");
        checkTrue(ts, r, "seekable");
        return r;
    }

    @PyMethod("($self, *args)")
    public static Object _checkReadable(ThreadState ts, Object self, Object[] args) {
        Object r = Io.callMethod(ts, self, "readable");
        checkTrue(ts, r, "readable");
        return r;
    }

    @PyMethod("($self, *args)")
    public static Object _checkWritable(ThreadState ts, Object self, Object[] args) {
        Object r = Io.callMethod(ts, self, "writable");
        checkTrue(ts, r, "writable");
        return r;
    }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { throw Io.unsupported("fileno"); }

    @PyMethod("($self, /)")
    public static Object isatty(ThreadState ts, Object self) {
        checkClosed(ts, self);
        return false;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(ThreadState ts, Object self) {
        checkClosed(ts, self);
        return self;
    }

    @PyMethod("($self, *args)")
    public static Object __exit__(ThreadState ts, Object self, Object[] args) {
        return Io.callMethod(ts, self, "close");
    }

    @PyMethod("($self, /)")
    public static Object __iter__(ThreadState ts, Object self) {
        checkClosed(ts, self);
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        Object line = Io.callMethod(ts, self, "readline");
        if (line == Singleton.NONE || Io.length(ts, line) <= 0) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return line;
    }

    /** As CPython's finalizer: a file dropped open is closed, and what goes wrong is not reported here. */
    @PyMethod("($self, /)")
    public static void __del__(ThreadState ts, Object self) {
        try {
            if (!isClosed(ts, self)) {
                Io.callMethod(ts, self, "close");
            }
        } catch (PyException ignored) {
            // CPython reports it as unraisable; nobody here can act on it.
        }
    }

    /** readline through peek (when the object has it) and read. */
    @PyMethod("($self, size=-1, /)")
    public static Object readline(ThreadState ts, Object self, Object size) {
        long limit = Io.sizeArg(ts, size);
        Object peek = Ops.lookupAttr(ts, self, "peek");
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                Object ahead = Ops.call(ts, peek, 1L);
                if (!(ahead instanceof PyBytes b)) {
                    throw PyException.of(Exc.OSError, "peek() should have returned a bytes object, not '"
                            + Ops.typeName(ahead) + "'");
                }
                byte[] v = b.value();
                if (v.length > 0) {
                    int n = 0;
                    while (n < v.length && (limit < 0 || n < limit - line.size())) {
                        if (v[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            Object got = Io.callMethod(ts, self, "read", nreadahead);
            if (!(got instanceof PyBytes b)) {
                throw PyException.of(Exc.OSError, "read() should have returned a bytes object, not '"
                        + Ops.typeName(got) + "'");
            }
            byte[] v = b.value();
            if (v.length == 0) {
                break;
            }
            line.write(v, 0, v.length);
            if (v[v.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(line.toByteArray());
    }

    @PyMethod("($self, hint=-1, /)")
    public static Object readlines(ThreadState ts, Object self, Object hint) {
        long limit = Io.sizeArg(ts, hint);
        PyList lines = new PyList();
        PyIterator it = Ops.iter(ts, self);
        long total = 0;
        for (Object line = it.next(ts); line != null; line = it.next(ts)) {
            lines.append(line);
            if (limit > 0) {
                total += Io.length(ts, line);
                if (total >= limit) {
                    break;
                }
            }
        }
        return lines;
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        checkClosed(ts, self);
        PyIterator it = Ops.iter(ts, lines);
        for (Object line = it.next(ts); line != null; line = it.next(ts)) {
            Io.callMethod(ts, self, "write", line);
        }
    }

    @PyGetter("__dict__")
    public static Object dict(Object self) {
        return ObjectMethods.getDict(self);
    }

    // ---- _RawIOBase ----

    /** {@code _io._RawIOBase}: read and readall through readinto. */
    public static final class Raw {
        private Raw() {}

        public static final String __doc__ = "Base class for raw binary I/O.";

        @PyMethod("($self, size=-1, /)")
        public static Object read(ThreadState ts, Object self, long size) {
            if (size < 0) {
                return Io.callMethod(ts, self, "readall");
            }
            if (size > Integer.MAX_VALUE - 16) {
                throw PyException.of(Exc.MemoryError, null);
            }
            PyByteArray b = new PyByteArray(new byte[(int) size]);
            Object r = Io.callMethod(ts, self, "readinto", b);
            if (r == Singleton.NONE) {
                return r;
            }
            long n = Convert.asSsize(ts, r);
            if (n < 0 || n > size) {
                throw PyException.valueError("readinto returned " + n + " outside buffer size " + size);
            }
            PyBuffer data = b.buffer();
            return PyBytes.of(java.util.Arrays.copyOfRange(data.array(), data.offset(), data.offset() + (int) n));
        }

        @PyMethod("($self, /)")
        public static Object readall(ThreadState ts, Object self) {
            ByteArrayOutputStream all = null;
            while (true) {
                Object data = Io.callMethod(ts, self, "read", (long) Io.DEFAULT_BUFFER_SIZE);
                if (data == Singleton.NONE) {
                    if (all == null) {
                        return data;
                    }
                    break;
                }
                if (!(data instanceof PyBytes b)) {
                    throw PyException.typeError("read() should return bytes");
                }
                if (b.size() == 0) {
                    break;
                }
                if (all == null) {
                    all = new ByteArrayOutputStream();
                }
                all.write(b.value(), 0, b.size());
            }
            return all == null ? PyBytes.EMPTY : PyBytes.of(all.toByteArray());
        }

        @PyMethod("($self, *args)")
        public static Object readinto(Object self, Object[] args) {
            throw PyException.of(Exc.NotImplementedError, null);
        }

        @PyMethod("($self, *args)")
        public static Object write(Object self, Object[] args) {
            throw PyException.of(Exc.NotImplementedError, null);
        }
    }

    // ---- _BufferedIOBase ----

    /** {@code _io._BufferedIOBase}: readinto and readinto1 through read and read1. */
    public static final class Buffered {
        private Buffered() {}

        public static final String __doc__ = "Base class for buffered IO objects.\n\n"
                + "The main difference with RawIOBase is that the read() method\n"
                + "supports omitting the size argument, and does not have a default\n"
                + "implementation that defers to readinto().\n\n"
                + "In addition, read(), readinto() and write() may raise\n"
                + "BlockingIOError if the underlying raw stream is in non-blocking\n"
                + "mode and not ready; unlike their raw counterparts, they will never\n"
                + "return None.\n\n"
                + "A typical implementation should not inherit from a RawIOBase\n"
                + "implementation, but wrap one.\n";

        @PyMethod("($self, /)")
        public static Object detach(Object self) { throw Io.unsupported("detach"); }

        @PyMethod("($self, *args)")
        public static Object read(Object self, Object[] args) { throw Io.unsupported("read"); }

        @PyMethod("($self, *args)")
        public static Object read1(Object self, Object[] args) { throw Io.unsupported("read1"); }

        @PyMethod("($self, *args)")
        public static Object write(Object self, Object[] args) { throw Io.unsupported("write"); }

        @PyMethod("($self, buffer, /)")
        public static Object readinto(ThreadState ts, Object self, Object buffer) {
            return readintoThrough(ts, self, buffer, "read", "readinto");
        }

        @PyMethod("($self, buffer, /)")
        public static Object readinto1(ThreadState ts, Object self, Object buffer) {
            return readintoThrough(ts, self, buffer, "read1", "readinto1");
        }

        private static Object readintoThrough(ThreadState ts, Object self, Object buffer, String read, String name) {
            PyBuffer into = Io.writableArg(buffer, name);
            Object data = Io.callMethod(ts, self, read, (long) into.length());
            if (!(data instanceof PyBytes b)) {
                throw PyException.typeError("read() should return bytes");
            }
            int n = b.size();
            if (n > into.length()) {
                throw PyException.valueError("read() returned too much data: " + into.length()
                        + " bytes requested, " + n + " returned");
            }
            System.arraycopy(b.value(), 0, into.array(), into.offset(), n);
            return (long) n;
        }
    }

    // ---- _TextIOBase ----

    /** {@code _io._TextIOBase}: every operation unsupported, the attributes None. */
    public static final class Text {
        private Text() {}

        public static final String __doc__ = "Base class for text I/O.\n\n"
                + "This class provides a character and line based interface to stream\n"
                + "I/O. There is no readinto method because Python's character strings\n"
                + "are immutable.\n";

        @PyMethod("($self, /)")
        public static Object detach(Object self) { throw Io.unsupported("detach"); }

        @PyMethod("($self, *args)")
        public static Object read(Object self, Object[] args) { throw Io.unsupported("read"); }

        @PyMethod("($self, *args)")
        public static Object readline(Object self, Object[] args) { throw Io.unsupported("readline"); }

        @PyMethod("($self, *args)")
        public static Object write(Object self, Object[] args) { throw Io.unsupported("write"); }

        @PyGetter("encoding")
        public static Object encoding(Object self) { return Singleton.NONE; }

        @PyGetter("newlines")
        public static Object newlines(Object self) { return Singleton.NONE; }

        @PyGetter("errors")
        public static Object errors(Object self) { return Singleton.NONE; }
    }
}
