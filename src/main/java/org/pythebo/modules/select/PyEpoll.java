package org.pythebo.modules.select;

import java.lang.ref.Cleaner;
import java.math.BigInteger;

import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.Polling;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SelectConstants;
import org.pythebo.modules.posixmodule.Closer;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code select.epoll}: an epoll descriptor of its own, closed by close(), by leaving a
 * {@code with} block, or once the object is unreachable. The kernel object is safe to use from
 * several threads; only closing is coordinated, by the descriptor field.
 */
public final class PyEpoll extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("select.epoll", PyType.OBJECT, PyEpoll.class, PyType.Layout.OBJECT)
            .notSubclassable();

    static {
        TYPE.typeDict().put("__module__", "select");
    }


    /** The descriptor, -1 once closed. */
    private volatile int fd;
    private final Cleaner.Cleanable cleanable;

    private PyEpoll(ThreadState ts, int fd) {
        this.fd = fd;
        this.cleanable = Closer.register(ts.interp, this, () -> closeQuietly(fd));
    }

    private static void closeQuietly(int fd) {
        try {
            Libc.close(fd);
        } catch (PosixException e) {
            // Nothing to report for an object the program dropped.
        }
    }

    @Override
    public PyType type() { return TYPE; }

    private static PyEpoll epoll(Object self) {
        return (PyEpoll) self;
    }

    @PyMethod("($type, sizehint=-1, flags=0)")
    public static Object __new__(ThreadState ts, Object cls, int sizehint, int flags) {
        if (sizehint == 0 || sizehint < -1) {
            throw PyException.valueError("negative sizehint");
        }
        if (flags != 0 && flags != SelectConstants.EPOLL_CLOEXEC) {
            throw PyException.of(Exc.OSError, "invalid flags");
        }
        try {
            return new PyEpoll(ts, Polling.epollCreate(SelectConstants.EPOLL_CLOEXEC));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($type, fd, /)")
    public static Object fromfd(ThreadState ts, Object cls, int fd) {
        return new PyEpoll(ts, fd);
    }

    /** The descriptor of an open epoll object. */
    private int open() {
        int n = fd;
        if (n < 0) {
            throw PyException.valueError("I/O operation on closed epoll object");
        }
        return n;
    }

    @PyGetter("closed")
    public static Object closed(Object self) {
        return epoll(self).fd < 0;
    }

    @PyMethod("($self, /)")
    public static Object fileno(Object self) {
        return (long) epoll(self).open();
    }

    @PyMethod("($self, /)")
    public static Object close(Object self) {
        PyEpoll e = epoll(self);
        synchronized (e) {
            if (e.fd < 0) {
                return null;
            }
            e.fd = -1;
        }
        e.cleanable.clean();
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(Object self) {
        epoll(self).open();
        return self;
    }

    @PyMethod("($self, exc_type=None, exc_value=None, exc_tb=None, /)")
    public static Object __exit__(Object self, Object excType, Object excValue, Object excTb) {
        return close(self);
    }

    /** An event mask: masked to an unsigned int, as CPython takes it. */
    private static int eventMask(ThreadState ts, Object o) {
        Object v = Convert.index(ts, o);
        return (int) (v instanceof Long l ? l : ((BigInteger) v).longValue());
    }

    private static Object control(ThreadState ts, Object self, int op, Object fd, int events) {
        int epfd = epoll(self).open();
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Polling.epollCtl(epfd, op, n, events);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($self, /, fd, eventmask=7)")
    public static Object register(ThreadState ts, Object self, Object fd, Object eventmask) {
        int events = eventMask(ts, eventmask);
        return control(ts, self, Polling.EPOLL_CTL_ADD, fd, events);
    }

    @PyMethod("($self, /, fd, eventmask)")
    public static Object modify(ThreadState ts, Object self, Object fd, Object eventmask) {
        int events = eventMask(ts, eventmask);
        return control(ts, self, Polling.EPOLL_CTL_MOD, fd, events);
    }

    @PyMethod("($self, /, fd)")
    public static Object unregister(ThreadState ts, Object self, Object fd) {
        return control(ts, self, Polling.EPOLL_CTL_DEL, fd, 0);
    }

    @PyMethod("($self, /, timeout=None, maxevents=-1)")
    public static Object poll(Object self, Object timeout, int maxevents) {
        int epfd = epoll(self).open();
        int millis = Timeouts.millis(timeout, 1_000_000_000L);
        if (maxevents == -1) {
            maxevents = Polling.FD_SETSIZE - 1;
        } else if (maxevents < 1) {
            throw PyException.valueError("maxevents must be greater than 0, got " + maxevents);
        }
        int[] fds = new int[maxevents];
        int[] events = new int[maxevents];
        int count;
        try {
            count = Polling.epollWait(epfd, fds, events, millis);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        PyList result = new PyList();
        for (int i = 0; i < count; i++) {
            result.append(PyTuple.of((long) fds[i], Integer.toUnsignedLong(events[i])));
        }
        return result;
    }
}
