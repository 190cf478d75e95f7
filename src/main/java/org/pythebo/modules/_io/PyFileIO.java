package org.pythebo.modules._io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

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
 * {@code _io.FileIO}: the raw, unbuffered layer of a file, over a file channel (a file opened by
 * name) or over a standard stream of the process. Each operation synchronizes on the object, so
 * threads sharing a file see whole reads and writes and a consistent position.
 */
public final class PyFileIO extends PyObject {
    static final PyType TYPE = IoOpen.ioType("FileIO", PyFileIO.class);

    /** A chunk size for reads to end of file. */
    private static final int CHUNK = 1 << 16;

    private final FileChannel channel;
    private final InputStream in;
    private final OutputStream out;
    /** The file name as given (str or bytes), or the file descriptor number. */
    final Object name;
    final boolean readable;
    final boolean writable;
    private final boolean append;
    private final boolean created;
    private final boolean closefd;
    /** The descriptor number where one is known (the standard streams), else -1. */
    private final int fd;
    private volatile boolean closed;
    /** For a file opened by name: what identifies it on disk ({@link OpenFiles#fileKey}), else null. */
    final Object fileKey;

    PyFileIO(FileChannel channel, Object name, boolean readable, boolean writable, boolean append, boolean created,
            boolean closefd, Object fileKey) {
        this.fileKey = fileKey;
        this.channel = channel;
        this.in = null;
        this.out = null;
        this.name = name;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.created = created;
        this.closefd = closefd;
        this.fd = -1;
    }

    /** A standard stream (fd 0, 1 or 2) over a Java stream: not seekable. */
    PyFileIO(InputStream in, OutputStream out, int fd, Object name, boolean closefd) {
        this.fileKey = null;
        this.channel = null;
        this.in = in;
        this.out = out;
        this.name = name;
        this.readable = in != null;
        this.writable = out != null;
        this.append = false;
        this.created = false;
        this.closefd = closefd;
        this.fd = fd;
    }

    @Override
    public PyType type() { return TYPE; }

    boolean isClosed() { return closed; }

    /** For the cleaner: closes the file's channel without referring to this object; null when it is not ours to close. */
    Runnable channelCloser() {
        FileChannel c = channel;
        if (c == null || !closefd) {
            return null;
        }
        return () -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // Nobody is left to see the error.
            }
        };
    }

    boolean seekable() { return channel != null; }

    /** CPython's FileIO.mode: how the file was opened, always binary. */
    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (append) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    private void checkOpen() {
        if (closed) {
            throw PyException.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoOpen.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoOpen.unsupported("File not open for writing");
        }
    }

    private void checkSeekable() {
        if (channel == null) {
            throw IoOpen.osError(29, "Illegal seek", null);
        }
    }

    // ---- the operations the buffered layer uses ----

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
            throw IoOpen.fromIOException(e, null);
        }
    }

    /** Everything from the position to end of file. */
    synchronized byte[] readAll() {
        checkReadable();
        try {
            if (channel != null) {
                long remaining = channel.size() - channel.position();
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
                    return java.util.Arrays.copyOf(bb.array(), bb.position());
                }
            }
            return readRest();
        } catch (IOException e) {
            throw IoOpen.fromIOException(e, null);
        }
    }

    private byte[] readRest() throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
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
        byte[] r = java.util.Arrays.copyOf(a, alen + b.length);
        System.arraycopy(b, 0, r, alen, b.length);
        return r;
    }

    /** Writes all of {@code b[off, off+len)}; returns len. */
    synchronized int write(byte[] b, int off, int len) {
        checkWritable();
        try {
            if (channel != null) {
                if (append) {
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
            throw IoOpen.fromIOException(e, null);
        }
    }

    /** lseek: whence 0, 1, 2, or 3/4 (SEEK_DATA/SEEK_HOLE: a file here has no holes). */
    synchronized long seek(long pos, int whence) {
        checkOpen();
        checkSeekable();
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
                throw IoOpen.osError(6, "No such device or address", null);
            }
            if (target < 0) {
                throw IoOpen.osError(22, "Invalid argument", null);
            }
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw IoOpen.fromIOException(e, null);
        }
    }

    synchronized long tell() {
        checkOpen();
        checkSeekable();
        try {
            return channel.position();
        } catch (IOException e) {
            throw IoOpen.fromIOException(e, null);
        }
    }

    /** Sets the file's size (extending it with zeros); the position does not move. */
    synchronized long truncate(long size) {
        checkWritable();
        checkSeekable();
        if (size < 0) {
            throw IoOpen.osError(22, "Invalid argument", null);
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
            throw IoOpen.fromIOException(e, null);
        }
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null && closefd) {
                channel.close();
            } else if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            throw IoOpen.fromIOException(e, null);
        }
    }

    boolean isatty() {
        checkOpen();
        return fd >= 0 && PyTextIO.isTerminal(fd);
    }

    int fileno() {
        checkOpen();
        if (fd < 0) {
            throw IoOpen.unsupported("fileno");
        }
        return fd;
    }

    String nameRepr(ThreadState ts) {
        return name instanceof Long || name instanceof Boolean ? String.valueOf(name) : Ops.repr(ts, name);
    }

    // ---- the Python methods ----

    private static PyFileIO self(Object self) { return (PyFileIO) self; }

    @PyMethod("($self, size=-1, /)")
    public static Object read(Object self, Object size) {
        PyFileIO f = self(self);
        long n = IoOpen.sizeArg(size);
        if (n < 0) {
            return PyBytes.of(f.readAll());
        }
        byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
        int got = f.readInto(b, 0, b.length);
        return PyBytes.of(got == b.length ? b : java.util.Arrays.copyOf(b, got));
    }

    @PyMethod("($self, /)")
    public static Object readall(Object self) { return PyBytes.of(self(self).readAll()); }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(ThreadState ts, Object self, Object buffer) {
        PyFileIO f = self(self);
        int len = IoOpen.writableLength(buffer, "readinto");
        byte[] b = new byte[len];
        int got = f.readInto(b, 0, len);
        IoOpen.fill(ts, buffer, b, got);
        return (long) got;
    }

    @PyMethod("($self, b, /)")
    public static Object write(Object self, Object data) {
        byte[] b = IoOpen.bytesArg(data);
        return (long) self(self).write(b, 0, b.length);
    }

    @PyMethod("($self, pos, whence=0, /)")
    public static Object seek(Object self, Object pos, Object whence) {
        return self(self).seek(Ops.index(pos), (int) Ops.index(whence));
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) { return self(self).tell(); }

    @PyMethod("($self, size=None, /)")
    public static Object truncate(Object self, Object size) {
        PyFileIO f = self(self);
        return f.truncate(size == Singleton.NONE ? f.tell() : Ops.index(size));
    }

    @PyMethod("($self, /)")
    public static void close(Object self) { self(self).close(); }

    @PyMethod("($self, /)")
    public static void flush(Object self) {
        if (self(self).closed) {
            throw PyException.valueError("I/O operation on closed file.");
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
    public static Object seekable(Object self) {
        self(self).checkOpen();
        return self(self).seekable();
    }

    @PyMethod("($self, /)")
    public static Object isatty(Object self) { return self(self).isatty(); }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) { return (long) self(self).fileno(); }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(Object self, Object size) {
        PyFileIO f = self(self);
        long limit = IoOpen.sizeArg(size);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        synchronized (f) {
            while ((limit < 0 || line.size() < limit) && f.readInto(one, 0, 1) == 1) {
                line.write(one[0]);
                if (one[0] == '\n') {
                    break;
                }
            }
        }
        return PyBytes.of(line.toByteArray());
    }

    @PyMethod("($self, hint=-1, /)")
    public static Object readlines(Object self, Object hint) {
        return IoOpen.readlines(self, hint, s -> readline(s, -1L));
    }

    @PyMethod("($self, lines, /)")
    public static void writelines(ThreadState ts, Object self, Object lines) {
        self(self).checkOpen();
        PyIterator it = Ops.iter(ts, lines);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            write(self, v);
        }
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        IoOpen.checkNotClosed(self(self).closed);
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        Object line = readline(self, -1L);
        if (((PyBytes) line).size() == 0) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return line;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        IoOpen.checkNotClosed(self(self).closed);
        return self;
    }

    @PyMethod("($self, *args)")
    public static void __exit__(Object self, Object[] args) { self(self).close(); }

    @PyGetter("name")
    public static Object getName(Object self) { return self(self).name; }

    @PyGetter("mode")
    public static Object getMode(Object self) { return self(self).mode(); }

    @PyGetter("closed")
    public static Object getClosed(Object self) { return self(self).closed; }

    @PyGetter("closefd")
    public static Object getClosefd(Object self) { return self(self).closefd; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyFileIO f = self(self);
        if (f.closed) {
            return "<_io.FileIO [closed]>";
        }
        return "<_io.FileIO name=" + f.nameRepr(ts) + " mode='" + f.mode() + "' closefd="
                + (f.closefd ? "True" : "False") + ">";
    }
}
