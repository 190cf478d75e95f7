package org.pythebo.modules._io;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _io.BufferedRWPair}: a BufferedReader over one raw stream and a BufferedWriter over
 * another, seen as one object (the two ends of a pipe or socket). Each half locks itself.
 */
public final class PyBufferedRWPair extends IoObject {
    static final PyType TYPE = PyType.newBuiltin("_io.BufferedRWPair", IOBase.BUFFERED, PyBufferedRWPair.class,
            PyType.Subclassing.OWN);

    private volatile PyBufferedIO reader;
    private volatile PyBufferedIO writer;

    PyBufferedRWPair(PyType type) {
        super(type);
    }

    @Override
    boolean closedNow() {
        return writer().closedNow();
    }

    private PyBufferedIO reader() {
        PyBufferedIO r = reader;
        if (r == null) {
            throw Io.uninitialized();
        }
        return r;
    }

    private PyBufferedIO writer() {
        PyBufferedIO w = writer;
        if (w == null) {
            throw Io.uninitialized();
        }
        return w;
    }

    private static PyBufferedRWPair self(Object self) { return (PyBufferedRWPair) self; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyBufferedRWPair((PyType) cls);
    }

    @PyMethod("($self, reader, writer, buffer_size=8192, /)")
    public static void __init__(ThreadState ts, Object self, Object reader, Object writer, long bufferSize) {
        IOBase._checkReadable(ts, reader, Ops.NO_ARGS);
        IOBase._checkWritable(ts, writer, Ops.NO_ARGS);
        PyBufferedIO r = new PyBufferedIO(PyBufferedIO.READER);
        PyBufferedIO.__init__(ts, r, reader, bufferSize);
        PyBufferedIO w = new PyBufferedIO(PyBufferedIO.WRITER);
        PyBufferedIO.__init__(ts, w, writer, bufferSize);
        PyBufferedRWPair p = self(self);
        p.reader = r;
        p.writer = w;
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        return PyBufferedIO.read(ts, self(self).reader(), size);
    }

    @PyMethod("($self, size=0, /)")
    public static Object peek(ThreadState ts, Object self, long size) {
        return PyBufferedIO.peek(ts, self(self).reader(), size);
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read1(ThreadState ts, Object self, long size) {
        return PyBufferedIO.read1(ts, self(self).reader(), size);
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto(ThreadState ts, Object self, Object buffer) {
        return PyBufferedIO.readinto(ts, self(self).reader(), buffer);
    }

    @PyMethod("($self, buffer, /)")
    public static Object readinto1(ThreadState ts, Object self, Object buffer) {
        return PyBufferedIO.readinto1(ts, self(self).reader(), buffer);
    }

    @PyMethod("($self, buffer, /)")
    public static Object write(ThreadState ts, Object self, Object data) {
        return PyBufferedIO.write(ts, self(self).writer(), data);
    }

    @PyMethod("($self, /)")
    public static Object flush(ThreadState ts, Object self) {
        return PyBufferedIO.flush(ts, self(self).writer());
    }

    @PyMethod("($self, /)")
    public static Object readable(ThreadState ts, Object self) {
        return PyBufferedIO.readable(ts, self(self).reader());
    }

    @PyMethod("($self, /)")
    public static Object writable(ThreadState ts, Object self) {
        return PyBufferedIO.writable(ts, self(self).writer());
    }

    @PyMethod("($self, /)")
    public static Object isatty(ThreadState ts, Object self) {
        PyBufferedRWPair p = self(self);
        Object w = PyBufferedIO.isatty(ts, p.writer());
        return Ops.isTrue(ts, w) ? w : PyBufferedIO.isatty(ts, p.reader());
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        PyBufferedRWPair p = self(self);
        PyException first = null;
        try {
            PyBufferedIO.close(ts, p.writer());
        } catch (PyException e) {
            first = e;
        }
        try {
            PyBufferedIO.close(ts, p.reader());
        } catch (PyException e) {
            if (first != null) {
                e.exc.context = first.exc;
            }
            throw e;
        }
        if (first != null) {
            throw first;
        }
        return null;
    }

    @PyGetter("closed")
    public static Object closed(Object self) {
        return PyBufferedIO.closed(self(self).writer());
    }
}
