package org.pythebo.modules.posixmodule;

import java.lang.ref.Cleaner;

import org.pythebo.modules.posix.DirEntry;
import org.pythebo.modules.posix.DirStream;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posixmodule.Fs.PathArg;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code posix.ScandirIterator}, what os.scandir returns: the entries of a directory as
 * {@link PyDirEntry} objects, holding the directory open until exhausted or closed (also as a
 * context manager). An iterator dropped while open is closed once unreachable ({@link Closer}). Threads sharing one each get distinct entries.
 */
public final class PyScandirIterator extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("posix.ScandirIterator", PyType.OBJECT, PyScandirIterator.class,
            PyType.Layout.OBJECT)
            .notSubclassable();

    static {
        TYPE.typeDict().put("__module__", "posix");
    }

    private final DirStream stream;
    private final PathArg path;
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;

    private PyScandirIterator(Interpreter interp, DirStream stream, PathArg path) {
        this.stream = stream;
        this.path = path;
        this.cleanable = Closer.register(interp, this, stream::close);
    }

    @Override
    public PyType type() { return TYPE; }

    /** os.scandir: the iterator over the directory {@code p} names (or is open as). */
    static PyScandirIterator open(ThreadState ts, PathArg p) {
        DirStream stream;
        try {
            stream = p.isFd() ? DirStream.open(p.fd()) : DirStream.open(p.bytes());
        } catch (PosixException e) {
            throw p.isFd() ? PosixErrors.of(e) : PosixErrors.of(e, p);
        }
        return new PyScandirIterator(ts.interp, stream, p);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, Object kwargs) {
        throw PyException.typeError("cannot create 'posix.ScandirIterator' instances");
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) {
        return self;
    }

    @PyMethod("($self, /)")
    public static Object __next__(Object self) {
        PyScandirIterator it = (PyScandirIterator) self;
        DirEntry entry;
        try {
            entry = it.closed ? null : it.stream.next();
        } catch (IllegalStateException e) {
            entry = null;
        } catch (PosixException e) {
            it.close();
            throw it.path.isFd() ? PosixErrors.of(e) : PosixErrors.of(e, it.path);
        }
        if (entry == null) {
            it.close();
            throw PyException.of(Exc.StopIteration, null);
        }
        return it.entry(entry);
    }

    /** The Python entry: names in the path's type, joined to the path as CPython joins them. */
    private PyDirEntry entry(DirEntry entry) {
        byte[] name = entry.name();
        if (path.isFd()) {
            String s = Fs.decode(name);
            return new PyDirEntry(s, s, name, path.fd(), entry.ino(), entry.type());
        }
        byte[] directory = path.bytes();
        boolean slash = directory.length == 0 || directory[directory.length - 1] == '/';
        byte[] joined = new byte[directory.length + (slash ? 0 : 1) + name.length];
        System.arraycopy(directory, 0, joined, 0, directory.length);
        if (!slash) {
            joined[directory.length] = '/';
        }
        System.arraycopy(name, 0, joined, joined.length - name.length, name.length);
        Object pyName = Fs.name(name, path.narrow());
        Object pyPath = path.narrow() ? PyBytes.of(joined) : Fs.decode(joined);
        return new PyDirEntry(pyName, pyPath, joined, -1, entry.ino(), entry.type());
    }

    private void close() {
        closed = true;
        try {
            cleanable.clean();
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($self, /)")
    public static Object close(Object self) {
        ((PyScandirIterator) self).close();
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        return self;
    }

    @PyMethod("($self, *args)")
    public static Object __exit__(Object self, Object[] args) {
        ((PyScandirIterator) self).close();
        return null;
    }
}
