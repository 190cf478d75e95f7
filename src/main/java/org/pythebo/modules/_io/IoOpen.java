package org.pythebo.modules._io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.pythebo.runtime.bytes.BytesMethods;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.bytes.PyMemoryView;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.OSErrors;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;

/**
 * {@code open()}: CPython's argument checks and mode parsing, then a FileIO, a buffered layer
 * and a TextIOWrapper as the mode asks; with the helpers the I/O classes share (io's
 * UnsupportedOperation, OSErrors with errno, argument conversions).
 */
public final class IoOpen {
    private IoOpen() {}

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    public static final PyType UNSUPPORTED = unsupportedType();

    private static PyType unsupportedType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "io");
        return new PyType(PyType.TYPE, "UnsupportedOperation", new PyType[] {Exc.OSError, Exc.ValueError}, ns);
    }

    /** A built-in type of module _io. */
    static PyType ioType(String name, Class<?> cls) {
        return PyType.newBuiltin("_io." + name, PyType.OBJECT, cls, PyType.Layout.OBJECT);
    }

    /** The file classes by name, for the io modules. */
    public static java.util.Map<String, Object> types() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("FileIO", PyFileIO.TYPE);
        m.put("BufferedReader", PyBufferedIO.READER);
        m.put("BufferedWriter", PyBufferedIO.WRITER);
        m.put("BufferedRandom", PyBufferedIO.RANDOM);
        m.put("TextIOWrapper", PyTextIO.TYPE);
        return m;
    }

    static PyException unsupported(String what) {
        return PyException.of(UNSUPPORTED, what);
    }

    /** An OSError of the subclass its errno selects, with CPython's args and attributes. */
    static PyException osError(int errno, String strerror, Object filename) {
        return OSErrors.of(errno, strerror, filename);
    }

    /** The Linux errno numbers of the failures Java reports by message. */
    private static final String[][] STRERRORS = {
        {"2", "No such file or directory"}, {"13", "Permission denied"}, {"17", "File exists"},
        {"20", "Not a directory"}, {"21", "Is a directory"}, {"22", "Invalid argument"},
        {"9", "Bad file descriptor"}, {"28", "No space left on device"}, {"30", "Read-only file system"},
        {"36", "File name too long"}, {"40", "Too many levels of symbolic links"}, {"24", "Too many open files"},
        {"26", "Text file busy"}, {"32", "Broken pipe"}, {"6", "No such device or address"},
        {"1", "Operation not permitted"}, {"27", "File too large"}, {"19", "No such device"},
    };

    /** A Java I/O failure as the OSError CPython raises for the same errno. */
    static PyException fromIOException(IOException e, Object filename) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", filename);
        }
        if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", filename);
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason != null) {
            for (String[] s : STRERRORS) {
                if (reason.contains(s[1])) {
                    return osError(Integer.parseInt(s[0]), s[1], filename);
                }
            }
        }
        return osError(5, reason == null ? "Input/output error" : reason, filename);
    }

    // ---- argument conversions shared by the I/O classes ----

    /** A read size: an int, or None for "all". */
    static long sizeArg(Object size) {
        if (size == Singleton.NONE) {
            return -1;
        }
        if (size instanceof Long || size instanceof Boolean || Ops.type(size).lookup("__index__") != null) {
            return Ops.index(size);
        }
        throw PyException.typeError("argument should be integer or None, not '" + Ops.typeName(size) + "'");
    }

    static byte[] bytesArg(Object data) {
        byte[] b = BytesMethods.buffer(data);
        if (b == null) {
            throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
        }
        return b;
    }

    /** The size of a writable buffer for readinto (bytearray or memoryview). */
    static int writableLength(Object buffer, String function) {
        if (buffer instanceof PyByteArray ba) {
            return ba.size();
        }
        if (buffer instanceof PyMemoryView) {
            return (int) Ops.index(PyMemoryView.__len__(buffer));
        }
        throw PyException.typeError(function + "() argument must be read-write bytes-like object, not "
                + Ops.typeName(buffer));
    }

    /** Copies the first n bytes of data into the start of a writable buffer. */
    static void fill(ThreadState ts, Object buffer, byte[] data, int n) {
        if (n > 0) {
            byte[] b = n == data.length ? data : java.util.Arrays.copyOf(data, n);
            Ops.setItem(ts, buffer, new PySlice(0L, (long) n, Singleton.NONE), PyBytes.of(b));
        }
    }

    /** IOBase.readlines: lines until end of file, or until their total length reaches hint. */
    static Object readlines(Object self, Object hint, UnaryOperator<Object> readline) {
        long limit = Ops.index(hint);
        PyList lines = new PyList();
        long total = 0;
        while (true) {
            Object line = readline.apply(self);
            long n = line instanceof String s ? s.length() : ((PyBytes) line).size();
            if (n == 0) {
                return lines;
            }
            lines.append(line);
            total += n;
            if (limit > 0 && total >= limit) {
                return lines;
            }
        }
    }

    static void checkNotClosed(boolean closed) {
        if (closed) {
            throw PyException.valueError("I/O operation on closed file.");
        }
    }

    // ---- open() ----

    private static String strOrNone(Object o, String param) {
        if (o == Singleton.NONE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PyException.typeError("open() argument '" + param + "' must be str or None, not " + Ops.typeName(o));
    }

    /** The built-in {@code open()} (and {@code io.open}). */
    public static Object open(ThreadState ts, Object file, Object modeArg, Object bufferingArg, Object encodingArg,
            Object errorsArg, Object newlineArg, Object closefdArg, Object opener) {
        if (!(modeArg instanceof String mode)) {
            throw PyException.typeError("open() argument 'mode' must be str, not " + Ops.typeName(modeArg));
        }
        long buffering = Ops.index(bufferingArg);
        String encoding = strOrNone(encodingArg, "encoding");
        String errors = strOrNone(errorsArg, "errors");
        String newline = strOrNone(newlineArg, "newline");
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw PyException.valueError("invalid mode: '" + mode + "'");
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw PyException.valueError("invalid mode: '" + mode + "'");
            }
        }
        if (text && binary) {
            throw PyException.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyException.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyException.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyException.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyException.valueError("binary mode doesn't take a newline argument");
        }
        if (kinds == 0) {
            throw PyException.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        boolean closefd = Ops.isTrue(ts, closefdArg);
        if (opener != Singleton.NONE) {
            throw unsupported("open() with an opener is not supported");
        }
        PyFileIO raw = openRaw(ts, file, reading || updating, !reading || updating, appending, creating, writing,
                closefd);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.isatty())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering == 0) {
                if (binary) {
                    Runnable closer = raw.channelCloser();
                    if (closer != null) {
                        OpenFiles.of(ts.interp).watch(raw, closer);
                    }
                    return raw;
                }
                throw PyException.valueError("can't have unbuffered text I/O");
            }
            if (buffering > Integer.MAX_VALUE - 16) {
                throw PyException.overflow("Python int too large to convert to C ssize_t");
            }
            PyBufferedIO buffer = new PyBufferedIO(raw, (int) buffering);
            if (raw.fileKey != null) {
                buffer.track(OpenFiles.of(ts.interp), raw.fileKey);
            }
            if (binary) {
                return buffer;
            }
            return new PyTextIO(buffer, encoding, errors, newline, lineBuffering, false, mode);
        } catch (PyException e) {
            raw.close();
            throw e;
        }
    }

    /** The raw file for a name (str, bytes, os.PathLike) or a standard stream's descriptor. */
    private static PyFileIO openRaw(ThreadState ts, Object file, boolean read, boolean write, boolean append,
            boolean create, boolean truncate, boolean closefd) {
        if (file instanceof Long || file instanceof Boolean) {
            return openFd(Ops.index(file), read, write, append, create, closefd);
        }
        if (!closefd) {
            throw PyException.valueError("Cannot use closefd=False with file name");
        }
        Object name = file;
        if (!(name instanceof String) && !(name instanceof PyBytes)) {
            if (Ops.type(name).lookup("__fspath__") == null) {
                throw PyException.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
            }
            name = Ops.callMethod(ts, file, "__fspath__");
            if (!(name instanceof String) && !(name instanceof PyBytes)) {
                throw PyException.typeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not "
                        + Ops.typeName(name));
            }
        }
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
            options.add(StandardOpenOption.APPEND);
        }
        try {
            if (path.isEmpty()) {
                throw new NoSuchFileException(path);
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                // open(2) refuses a directory for writing; FileIO refuses it for reading too.
                throw osError(21, "Is a directory", name);
            }
            OpenFiles.of(ts.interp).closeDroppedWritersOf(p);
            FileChannel channel = FileChannel.open(p, options.toArray(new OpenOption[0]));
            if (append) {
                channel.position(channel.size());
            }
            return new PyFileIO(channel, name, read, write, append, create, true, OpenFiles.fileKey(p));
        } catch (InvalidPathException e) {
            throw PyException.valueError("embedded null byte");
        } catch (IOException e) {
            throw fromIOException(e, name);
        }
    }

    /** A standard stream by number (0, 1, 2): the process's own descriptor. */
    private static PyFileIO openFd(long fd, boolean read, boolean write, boolean append, boolean create,
            boolean closefd) {
        if (fd < 0) {
            throw PyException.valueError("negative file descriptor");
        }
        if (fd > 2) {
            throw osError(9, "Bad file descriptor", null);
        }
        FileDescriptor d = fd == 0 ? FileDescriptor.in : fd == 1 ? FileDescriptor.out : FileDescriptor.err;
        return new PyFileIO(read ? new FileInputStream(d) : null, write ? new FileOutputStream(d) : null, (int) fd,
                fd, closefd);
    }
}
