package org.pythebo.modules._io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;

/**
 * {@code _io.FileIO}: the raw, unbuffered layer of a file. A file opened by name or by
 * descriptor number is a JDK file channel on a descriptor of the process ({@link FileDescriptors}
 * tells its number); the interpreter's own standard streams are Java streams. Each operation
 * synchronizes on the object, so threads sharing a file see whole reads and writes and a
 * consistent position.
 */
public final class PyFileIO extends IoObject {
    static final PyType TYPE = PyType.newBuiltin("_io.FileIO", IOBase.RAW, PyFileIO.class, PyType.Subclassing.OWN);

    /** A chunk size for reads to end of file. */
    private static final int CHUNK = 1 << 16;
    /** st_blksize of the files Linux reports (ext4, tmpfs, pipes); the JDK does not tell it. */
    private static final int BLKSIZE = 4096;

    /** open(2)'s flags as Linux numbers them, for an opener. */
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;
    private static final int O_CLOEXEC = 02000000;

    private FileChannel channel;
    private InputStream in;
    private OutputStream out;
    /** The descriptor number, or -1 where the JVM does not tell it. */
    private int fd = -1;
    boolean readable;
    boolean writable;
    private boolean appending;
    private boolean created;
    private boolean closefd = true;
    /** -1 not known yet, else 0 or 1 (CPython asks lseek once). */
    private int seekable = -1;
    private int blksize = Io.DEFAULT_BUFFER_SIZE;
    /** Uninitialized objects are closed, as CPython's with fd -1. */
    private volatile boolean closed = true;
    /** For a file opened by name: what identifies it on disk ({@link OpenFiles#fileKey}), else null. */
    Object fileKey;

    PyFileIO(PyType type) {
        super(type);
    }

    /** A standard stream of the interpreter (descriptor 0, 1 or 2) over a Java stream: not seekable. */
    PyFileIO(InputStream in, OutputStream out, int fd, Object name) {
        super(TYPE);
        this.in = in;
        this.out = out;
        this.fd = fd;
        this.readable = in != null;
        this.writable = out != null;
        this.closefd = false;
        this.seekable = 0;
        this.closed = false;
        dict().setItem("name", name);
    }

    @Override
    boolean closedNow() { return closed; }

    // ---- opening ----

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyFileIO((PyType) cls);
    }

    @PyMethod("($self, /, file, mode='r', closefd=True, opener=None)")
    public static void __init__(ThreadState ts, Object self, Object file, Object modeArg, Object closefdArg, Object opener) {
        PyFileIO f = (PyFileIO) self;
        if (!(modeArg instanceof String mode)) {
            throw PyException.typeError("FileIO() argument 'mode' must be str, not " + Ops.typeName(modeArg));
        }
        boolean closefd = Ops.isTrue(ts, closefdArg);
        synchronized (f) {
            if (!f.closed) {
                if (f.closefd) {
                    f.closeChannel();
                }
                f.closed = true;
            }
            f.open(ts, file, mode, closefd, opener);
        }
    }

    private void open(ThreadState ts, Object file, String mode, boolean closefdArg, Object opener) {
        int givenFd = -1;
        if (Convert.intValue(file) != null || Ops.type(file).lookup("__index__") != null) {
            try {
                givenFd = Convert.asInt(ts, file);
            } catch (PyException e) {
                givenFd = Integer.MIN_VALUE;
            }
            if (givenFd < 0 && givenFd != Integer.MIN_VALUE) {
                throw PyException.valueError("negative file descriptor");
            }
        }
        boolean rwa = false;
        boolean plus = false;
        boolean read = false;
        boolean write = false;
        boolean append = false;
        boolean create = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'x' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = create = write = true;
                    flags |= O_EXCL | O_CREAT;
                }
                case 'r' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = read = true;
                }
                case 'w' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = write = true;
                    flags |= O_CREAT | O_TRUNC;
                }
                case 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = write = append = true;
                    flags |= O_APPEND | O_CREAT;
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    read = write = plus = true;
                }
                default -> throw PyException.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= (read && write ? O_RDWR : write ? O_WRONLY : 0) | O_CLOEXEC;
        readable = read;
        writable = write;
        appending = append;
        created = create;
        seekable = -1;
        Object name = file;
        if (givenFd >= 0) {
            closefd = closefdArg;
            openDescriptor(givenFd, file);
        } else {
            if (!closefdArg) {
                throw PyException.valueError("Cannot use closefd=False with file name");
            }
            closefd = true;
            if (opener == Singleton.NONE) {
                openPath(ts, file, read, write, append, create, mode.indexOf('w') >= 0);
            } else {
                Object got = Ops.call(ts, opener, file, (long) flags);
                if (Convert.intValue(got) == null) {
                    throw PyException.typeError("expected integer from opener");
                }
                int n = Convert.asInt(ts, got);
                if (n < 0) {
                    throw PyException.valueError("opener returned " + n);
                }
                openDescriptor(n, file);
            }
        }
        Ops.setAttr(ts, this, "name", name);
        if (append) {
            try {
                if (channel != null) {
                    channel.position(channel.size());
                }
            } catch (IOException e) {
                // lseek fails only on what cannot seek (a pipe): appending there is writing.
            }
        }
    }

    private static PyException badMode() {
        return PyException.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /** A file by name (str, bytes or os.PathLike), through FileChannel.open with open(2)'s flags. */
    private void openPath(ThreadState ts, Object file, boolean read, boolean write, boolean append, boolean create,
            boolean truncate) {
        Object name = fsPath(ts, file);
        String path = name instanceof PyBytes b ? Codecs.decode(b.value(), "utf-8", "surrogateescape") : (String) name;
        if (path.indexOf('\0') >= 0) {
            throw PyException.valueError("embedded null byte");
        }
        List<OpenOption> options = new ArrayList<>();
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        if (create) {
            options.add(StandardOpenOption.CREATE_NEW);
        } else if (truncate || append) {
            options.add(StandardOpenOption.CREATE);
        }
        if (truncate) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (append && !read) {
            // The JDK refuses READ with APPEND: a+ seeks to the end before each write instead.
            options.add(StandardOpenOption.APPEND);
        }
        try {
            if (path.isEmpty()) {
                throw new NoSuchFileException(path);
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                // open(2) refuses a directory for writing; FileIO refuses it for reading too.
                throw Io.osError(21, "Is a directory", file);
            }
            OpenFiles.of(ts.interp).closeDroppedWritersOf(p);
            channel = FileChannel.open(p, options.toArray(new OpenOption[0]));
            fd = FileDescriptors.number(channel);
            fileKey = OpenFiles.fileKey(p);
            blksize = BLKSIZE;
            closed = false;
        } catch (InvalidPathException e) {
            throw PyException.valueError("embedded null byte");
        } catch (IOException e) {
            throw Io.fromIOException(e, file);
        }
    }

    /** PyUnicode_FSConverter's input: str, bytes, or what an os.PathLike's __fspath__ gives. */
    static Object fsPath(ThreadState ts, Object file) {
        if (file instanceof String || file instanceof PyBytes) {
            return file;
        }
        Object fspath = Ops.type(file).lookup("__fspath__");
        if (fspath == null) {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
        }
        Object name = Ops.callDescr(ts, fspath, file, Ops.NO_ARGS);
        if (!(name instanceof String) && !(name instanceof PyBytes)) {
            throw PyException.typeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not "
                    + Ops.typeName(name));
        }
        return name;
    }

    /** A descriptor number: a channel over it, or the interpreter's stream for 0, 1, 2 where there is none. */
    private void openDescriptor(int n, Object name) {
        FileChannel c = FileDescriptors.channel(n, readable, writable, closefd);
        if (c == null) {
            if (n > 2) {
                throw Io.osError(9, "Bad file descriptor", null);
            }
            java.io.FileDescriptor d = n == 0 ? java.io.FileDescriptor.in : n == 1 ? java.io.FileDescriptor.out
                    : java.io.FileDescriptor.err;
            in = readable ? new java.io.FileInputStream(d) : null;
            out = writable ? new java.io.FileOutputStream(d) : null;
            seekable = 0;
        } else {
            try {
                c.size();
            } catch (IOException e) {
                throw Io.osError(9, "Bad file descriptor", null);
            }
            if (Files.isDirectory(Path.of("/proc/self/fd/" + n))) {
                if (closefd) {
                    closeQuietly(c);
                }
                throw Io.osError(21, "Is a directory", name);
            }
            channel = c;
            blksize = BLKSIZE;
        }
        fd = n;
        closed = false;
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // The descriptor was not usable anyway.
        }
    }

    /** For the cleaner: closes the file's channel without referring to this object; null when it is not ours to close. */
    Runnable channelCloser() {
        FileChannel c = channel;
        if (c == null || !closefd) {
            return null;
        }
        return () -> closeQuietly(c);
    }

    // ---- the operations the buffered layer uses ----

    private void checkOpen() {
        if (closed) {
            throw PyException.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw Io.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw Io.unsupported("File not open for writing");
        }
    }

    synchronized boolean isSeekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                channel.position();
                seekable = 1;
            } catch (IOException | RuntimeException e) {
                seekable = 0;
            }
        }
        return seekable == 1;
    }

    /** Reads at most {@code len} bytes into {@code b}; 0 at end of file. */
    synchronized int readInto(byte[] b, int off, int len) {
        checkReadable();
        if (len == 0) {
            return 0;
        }
        try {
            int n = channel != null ? channel.read(ByteBuffer.wrap(b, off, len)) : in.read(b, off, len);
            return Math.max(n, 0);
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    /** Everything from the position to end of file. */
    synchronized byte[] readAll() {
        checkReadable();
        try {
            if (channel != null) {
                long remaining;
                try {
                    remaining = channel.size() - channel.position();
                } catch (IOException e) {
                    remaining = 0;
                }
                if (remaining > Integer.MAX_VALUE - 16) {
                    throw PyException.overflow("requested number of bytes is more than a Python bytes object can hold");
                }
                if (remaining > 0) {
                    ByteBuffer bb = ByteBuffer.allocate((int) remaining);
                    while (bb.hasRemaining() && channel.read(bb) > 0) {
                        // Keep reading: a read may return fewer bytes than asked.
                    }
                    if (!bb.hasRemaining()) {
                        // The file may have grown since size() was read.
                        byte[] more = readRest();
                        return more.length == 0 ? bb.array() : concat(bb.array(), bb.position(), more);
                    }
                    return Arrays.copyOf(bb.array(), bb.position());
                }
            }
            return readRest();
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    private byte[] readRest() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int n = channel != null ? channel.read(ByteBuffer.wrap(chunk)) : in.read(chunk);
            if (n <= 0) {
                return all.toByteArray();
            }
            all.write(chunk, 0, n);
        }
    }

    private static byte[] concat(byte[] a, int alen, byte[] b) {
        byte[] r = Arrays.copyOf(a, alen + b.length);
        System.arraycopy(b, 0, r, alen, b.length);
        return r;
    }

    /** Writes all of {@code b[off, off+len)}; returns len. */
    synchronized int write(byte[] b, int off, int len) {
        checkWritable();
        try {
            if (channel != null) {
                if (appending && readable) {
                    channel.position(channel.size());
                }
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                while (bb.hasRemaining()) {
                    channel.write(bb);
                }
            } else {
                out.write(b, off, len);
                out.flush();
            }
            return len;
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    /** lseek: whence 0, 1, 2, or 3/4 (SEEK_DATA/SEEK_HOLE: a file here has no holes). */
    synchronized long seek(long pos, int whence) {
        checkOpen();
        if (channel == null || !isSeekable()) {
            throw Io.osError(29, "Illegal seek", null);
        }
        try {
            long size = channel.size();
            long target = switch (whence) {
                case 0 -> pos;
                case 1 -> channel.position() + pos;
                case 2 -> size + pos;
                case 3 -> pos < size && pos >= 0 ? pos : -2;
                case 4 -> pos < size && pos >= 0 ? size : -2;
                default -> -1;
            };
            if (target == -2) {
                throw Io.osError(6, "No such device or address", null);
            }
            if (target < 0) {
                throw Io.osError(22, "Invalid argument", null);
            }
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    synchronized long tell() {
        return seek(0, 1);
    }

    /** Sets the file's size (extending it with zeros); the position does not move. */
    synchronized long truncate(long size) {
        checkWritable();
        if (channel == null || !isSeekable()) {
            throw Io.osError(22, "Invalid argument", null);
        }
        if (size < 0) {
            throw Io.osError(22, "Invalid argument", null);
        }
        try {
            long pos = channel.position();
            long current = channel.size();
            if (size < current) {
                channel.truncate(size);
            } else if (size > current) {
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            channel.position(pos);
            return size;
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    private void closeChannel() {
        try {
            if (channel != null) {
                channel.close();
            } else if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            throw Io.fromIOException(e, null);
        }
    }

    /** Closes the descriptor (when it is ours); closing twice does nothing. */
    synchronized void closeRaw() {
        if (closed) {
            return;
        }
        closed = true;
        if (closefd) {
            closeChannel();
        } else if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw Io.fromIOException(e, null);
            }
        }
    }

    boolean isatty() {
        checkOpen();
        return fd >= 0 && PyTextIO.isTerminal(fd);
    }

    int fileno() {
        checkOpen();
        if (fd < 0) {
            throw Io.unsupported("fileno");
        }
        return fd;
    }

    /** CPython's FileIO.mode: how the file was opened, always binary. */
    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    /** The name attribute (what open() was given), or null. */
    Object name(ThreadState ts) {
        return type.heapType ? Io.attrOrNull(ts, this, "name") : dictGet(ts, "name");
    }

    // ---- the Python methods ----

    private static PyFileIO self(Object self) { return (PyFileIO) self; }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        PyFileIO f = self(self);
        long n = Io.sizeArg(ts, size);
        f.checkReadable();
        if (n < 0) {
            return PyBytes.of(f.readAll());
        }
        byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
        int got = f.readInto(b, 0, b.length);
        return PyBytes.of(got == b.length ? b : Arrays.copyOf(b, got));
    }

    @PyMethod("($self, /)")
    public static Object readall(Object self) { return PyBytes.of(self(self).readAll()); }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(Object self, Object buffer) {
        PyFileIO f = self(self);
        PyBuffer into = Io.writableArg(buffer, "readinto");
        f.checkReadable();
        return (long) f.readInto(into.array(), into.offset(), into.length());
    }

    @PyMethod("($self, b, /)")
    public static Object write(Object self, Object data) {
        byte[] b = Io.bytesArg(data);
        return (long) self(self).write(b, 0, b.length);
    }

    @PyMethod("($self, pos, whence=0, /)")
    public static Object seek(ThreadState ts, Object self, Object pos, Object whence) {
        PyFileIO f = self(self);
        f.checkOpen();
        if (pos instanceof Double) {
            throw PyException.typeError("an integer is required");
        }
        return f.seek(Convert.asLong(ts, pos), Convert.asInt(ts, whence));
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) { return self(self).tell(); }

    @PyMethod("($self, size=None, /)")
    public static Object truncate(ThreadState ts, Object self, Object size) {
        PyFileIO f = self(self);
        synchronized (f) {
            f.checkWritable();
            return f.truncate(size == Singleton.NONE ? f.tell() : Convert.asLong(ts, size));
        }
    }

    @PyMethod("($self, /)")
    public static void close(ThreadState ts, Object self) {
        PyFileIO f = self(self);
        PyException flushError = null;
        try {
            IOBase.baseClose(ts, f);
        } catch (PyException e) {
            flushError = e;
        }
        f.closeRaw();
        if (flushError != null) {
            throw flushError;
        }
    }

    @PyMethod("($self, /)")
    public static Object readable(Object self) {
        self(self).checkOpen();
        return self(self).readable;
    }

    @PyMethod("($self, /)")
    public static Object writable(Object self) {
        self(self).checkOpen();
        return self(self).writable;
    }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) { return self(self).isSeekable(); }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) { return self(self).isatty(); }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { return (long) self(self).fileno(); }

    @PyMethod("($self, /)")
    public static Object __getstate__(Object self) {
        throw PyException.typeError("cannot pickle '" + self(self).type.name + "' object");
    }

    @PyGetter("mode")
    public static Object mode(Object self) { return self(self).mode(); }

    @PyGetter("closed")
    public static Object closed(Object self) { return self(self).closed; }

    @PyGetter("closefd")
    public static Object closefd(Object self) { return self(self).closefd; }

    @PyGetter("_blksize")
    public static Object blksize(Object self) { return (long) self(self).blksize; }

    @PyGetter("_finalizing")
    public static Object finalizing(Object self) { return false; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyFileIO f = self(self);
        String cls = "_io.FileIO";
        if (f.closed) {
            return "<" + cls + " [closed]>";
        }
        Object name = f.name(ts);
        String closefd = f.closefd ? "True" : "False";
        if (name == null) {
            return "<" + cls + " fd=" + f.fd + " mode='" + f.mode() + "' closefd=" + closefd + ">";
        }
        return "<" + cls + " name=" + Ops.repr(ts, name) + " mode='" + f.mode() + "' closefd=" + closefd + ">";
    }

    /** How a buffered layer or a wrapper shows this file's name in its repr. */
    String nameRepr(ThreadState ts) {
        Object name = name(ts);
        return name == null ? null : Ops.repr(ts, name);
    }
}
