package org.pythebo.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pythebo.runtime.PyAttrs.PyGetter;
import org.pythebo.runtime.PyAttrs.PyMethod;

/**
 * A standard stream (sys.stdin, sys.stdout, sys.stderr): UTF-8 text over a byte stream. Writes
 * are buffered and serialised on the stream, so lines from several threads never interleave
 * mid-write; a stream on a terminal, and stderr, flush at each newline as CPython's do. Reads
 * take the same lock.
 */
public final class PyTextIO extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("TextIOWrapper", PyType.OBJECT, PyTextIO.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "_io");
    }

    private final OutputStream out;
    private final InputStream in;
    private final byte[] buffer;
    private int used;
    /** Read-ahead of a reader: bytes[readPos, readEnd) are not consumed yet. */
    private int readPos;
    private int readEnd;
    private boolean eof;
    /** Flush at every newline (stderr, and any stream on a terminal). */
    private final boolean lineBuffered;
    private final int fd;
    public final String name;
    /** The encoding error handler: "strict", "surrogateescape" or "backslashreplace". */
    private final String errors;
    private volatile boolean closed;
    private Boolean tty;

    private PyTextIO(OutputStream out, InputStream in, int fd, String name, boolean lineBuffered, String errors) {
        this.out = out;
        this.in = in;
        this.fd = fd;
        this.name = name;
        this.lineBuffered = lineBuffered;
        this.errors = errors;
        this.buffer = new byte[1 << 13];
    }

    /** A writing stream; stderr-like streams ({@code unbuffered}) flush at every newline. */
    public PyTextIO(OutputStream out, boolean unbuffered, String name) {
        this(out, null, name.equals("stderr") ? 2 : 1, name, unbuffered || isTerminal(name.equals("stderr") ? 2 : 1),
                name.equals("stderr") ? "backslashreplace" : localeErrors());
    }

    /** sys.stdin over {@code in}. */
    public static PyTextIO reader(InputStream in) {
        return new PyTextIO(null, in, 0, "stdin", false, localeErrors());
    }

    /** CPython uses surrogateescape under the C/POSIX locales (and C.UTF-8), strict otherwise. */
    private static String localeErrors() {
        String locale = null;
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        if (locale == null || locale.equals("C") || locale.equals("POSIX") || locale.startsWith("C.")) {
            return "surrogateescape";
        }
        return "strict";
    }

    /** Whether file descriptor {@code fd} of this process is a terminal (Linux: where /proc says it leads). */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public PyType type() { return TYPE; }

    private void checkOpen() {
        if (closed) {
            throw PyException.valueError("I/O operation on closed file.");
        }
    }

    private static PyException unsupported(String what) {
        PyType t = Exc.ALL.get("UnsupportedOperation") instanceof PyType u ? u : Exc.OSError;
        return PyException.of(t, what);
    }

    // ---- writing ----

    public synchronized void write(String s) {
        checkOpen();
        if (out == null) {
            throw unsupported("not writable");
        }
        byte[] bytes = encode(s);
        writeBytes(bytes);
        if (lineBuffered && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    private void writeBytes(byte[] bytes) {
        if (used + bytes.length > buffer.length) {
            flush();
        }
        if (bytes.length > buffer.length) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw PyException.of(Exc.OSError, e.getMessage());
            }
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
    }

    private byte[] encode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return Codecs.encode(s, "utf-8", errors);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public synchronized void flush() {
        if (out == null) {
            return;
        }
        try {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
            out.flush();
        } catch (IOException e) {
            used = 0;
        }
    }

    // ---- reading ----

    /** One line including its newline; "" at end of file. */
    public synchronized String readLine(long limit) {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            if (readPos == readEnd && !fill()) {
                break;
            }
            byte b = buffer[readPos++];
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return decode(line.toByteArray());
    }

    /** Everything up to end of file, or up to {@code limit} bytes' worth of text. */
    public synchronized String readAll(long limit) {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (limit < 0 || all.size() < limit) {
            if (readPos == readEnd && !fill()) {
                break;
            }
            int n = readEnd - readPos;
            if (limit >= 0) {
                n = (int) Math.min(n, limit - all.size());
            }
            all.write(buffer, readPos, n);
            readPos += n;
        }
        return decode(all.toByteArray());
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            readPos = 0;
            readEnd = n;
            return true;
        } catch (IOException e) {
            throw PyException.of(Exc.OSError, e.getMessage());
        }
    }

    private String decode(byte[] bytes) {
        return Codecs.decode(bytes, "utf-8", errors.equals("backslashreplace") ? "strict" : errors);
    }

    // ---- the Python methods ----

    private static PyTextIO self(Object self) { return (PyTextIO) self; }

    @PyMethod("($self, text, /)")
    public static Object write(Object self, Object text) {
        if (!(text instanceof String s)) {
            throw PyException.typeError("write() argument must be str, not " + Ops.typeName(text));
        }
        self(self).write(s);
        return (long) s.codePointCount(0, s.length());
    }

    @PyMethod(value = "($self, /)", name = "flush")
    public static void flushMethod(Object self) {
        self(self).checkOpen();
        self(self).flush();
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        PyIterator it = Ops.iter(ts, lines);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            write(self, v);
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(Object self, Object size) {
        return self(self).readLine(size == Singleton.NONE ? -1 : Ops.index(size));
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(Object self, Object size) {
        return self(self).readAll(size == Singleton.NONE ? -1 : Ops.index(size));
    }

    @PyMethod("($self, hint=-1, /)")
    public static Object readlines(Object self, Object hint) {
        PyList lines = new PyList();
        for (String l = self(self).readLine(-1); !l.isEmpty(); l = self(self).readLine(-1)) {
            lines.append(l);
        }
        return lines;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        self(self).checkOpen();
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        String line = self(self).readLine(-1);
        if (line.isEmpty()) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return line;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        self(self).checkOpen();
        return self;
    }

    @PyMethod("($self, *args)")
    public static void __exit__(Object self, Object[] args) { close(self); }

    @PyMethod("($self, /)")
    public static void close(Object self) {
        PyTextIO t = self(self);
        if (!t.closed) {
            t.flush();
            t.closed = true;
        }
    }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { return (long) self(self).fd; }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) {
        PyTextIO t = self(self);
        t.checkOpen();
        synchronized (t) {
            if (t.tty == null) {
                t.tty = isTerminal(t.fd);
            }
            return t.tty;
        }
    }

    @PyMethod("($self, /)")
    public static Object readable(Object self) {
        self(self).checkOpen();
        return self(self).in != null;
    }

    @PyMethod("($self, /)")
    public static Object writable(Object self) {
        self(self).checkOpen();
        return self(self).out != null;
    }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) {
        self(self).checkOpen();
        return false;
    }

    @PyGetter("name")
    public static Object getName(Object self) { return "<" + self(self).name + ">"; }

    @PyGetter("mode")
    public static Object mode(Object self) { return self(self).in != null ? "r" : "w"; }

    @PyGetter("encoding")
    public static Object encoding(Object self) { return "utf-8"; }

    @PyGetter("errors")
    public static Object errors(Object self) { return self(self).errors; }

    @PyGetter("closed")
    public static Object closed(Object self) { return self(self).closed; }

    @PyGetter("line_buffering")
    public static Object lineBuffering(Object self) { return self(self).lineBuffered && self(self).fd != 2; }

    @PyGetter("write_through")
    public static Object writeThrough(Object self) { return false; }

    @PyGetter("newlines")
    public static Object newlines(Object self) { return Singleton.NONE; }

    @PyGetter("buffer")
    public static Object buffer(Object self) { return new Buffer(self(self)); }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return self(self).toString(); }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<" + name + ">' mode='" + (in != null ? "r" : "w") + "' encoding='utf-8'>";
    }

    /** The binary layer under a standard stream ({@code sys.stdout.buffer}): bytes in, bytes out. */
    public static final class Buffer extends PyObject {
        static final PyType WRITER = PyType.newBuiltin("BufferedWriter", PyType.OBJECT, Buffer.class,
                PyType.Layout.OBJECT);
        static final PyType READER = PyType.newBuiltin("BufferedReader", PyType.OBJECT, Buffer.class,
                PyType.Layout.OBJECT);

        final PyTextIO text;

        Buffer(PyTextIO text) {
            this.text = text;
        }

        @Override
        public PyType type() { return text.in != null ? READER : WRITER; }

        private static PyTextIO text(Object self) { return ((Buffer) self).text; }

        @PyMethod("($self, buffer, /)")
        public static Object write(Object self, Object data) {
            byte[] b = BytesMethods.buffer(data);
            if (b == null) {
                throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
            }
            PyTextIO t = text(self);
            synchronized (t) {
                t.checkOpen();
                if (t.out == null) {
                    throw unsupported("write");
                }
                t.writeBytes(b);
                if (t.lineBuffered) {
                    t.flush();
                }
            }
            return (long) b.length;
        }

        @PyMethod("($self, size=-1, /)")
        public static Object read(Object self, Object size) {
            PyTextIO t = text(self);
            long limit = size == Singleton.NONE ? -1 : Ops.index(size);
            synchronized (t) {
                t.checkOpen();
                if (t.in == null) {
                    throw unsupported("read");
                }
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                while (limit < 0 || all.size() < limit) {
                    if (t.readPos == t.readEnd && !t.fill()) {
                        break;
                    }
                    int n = t.readEnd - t.readPos;
                    if (limit >= 0) {
                        n = (int) Math.min(n, limit - all.size());
                    }
                    all.write(t.buffer, t.readPos, n);
                    t.readPos += n;
                }
                return PyBytes.of(all.toByteArray());
            }
        }

        @PyMethod("($self, /)")
        public static void flush(Object self) { text(self).flush(); }

        @PyMethod("($self, /)")
        public static Object fileno(Object self) { return (long) text(self).fd; }
    }
}
