package org.pythebo.modules.select;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.pythebo.modules.posix.ErrnoConstants;
import org.pythebo.modules.posix.Polling;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code select.poll}: descriptors registered with event masks (in registration order, which
 * is the order of poll's results) and poll(2) over them. The registrations lock the object;
 * one poll at a time, as in CPython, whose second concurrent poll is a RuntimeError.
 */
public final class PyPoll extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("select.poll", PyType.OBJECT, PyPoll.class, PyType.Layout.OBJECT)
            .notSubclassable();

    static {
        TYPE.typeDict().put("__module__", "select");
    }


    private final Map<Integer, Short> registered = new LinkedHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();

    @Override
    public PyType type() { return TYPE; }

    private static PyPoll poll(Object self) {
        return (PyPoll) self;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, Object kwargs) {
        throw PyException.typeError("cannot create 'select.poll' instances");
    }

    /** An event mask: an unsigned short. */
    private static short eventMask(ThreadState ts, Object o) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("an integer is required");
        }
        Object v = Convert.index(ts, o);
        if (v instanceof Long l && l < 0 || v instanceof BigInteger b && b.signum() < 0) {
            throw PyException.valueError("value must be positive");
        }
        if (!(v instanceof Long l) || l > 0xFFFF) {
            throw PyException.overflow("Python int too large for C unsigned short");
        }
        return (short) (long) l;
    }

    @PyMethod("($self, fd, eventmask=7, /)")
    public static Object register(ThreadState ts, Object self, Object fd, Object eventmask) {
        int n = Fs.fileDescriptor(ts, fd);
        short events = eventMask(ts, eventmask);
        PyPoll p = poll(self);
        synchronized (p) {
            p.registered.put(n, events);
        }
        return null;
    }

    @PyMethod("($self, fd, eventmask, /)")
    public static Object modify(ThreadState ts, Object self, Object fd, Object eventmask) {
        int n = Fs.fileDescriptor(ts, fd);
        short events = eventMask(ts, eventmask);
        PyPoll p = poll(self);
        synchronized (p) {
            if (!p.registered.containsKey(n)) {
                throw PosixErrors.of(ErrnoConstants.ENOENT);
            }
            p.registered.put(n, events);
        }
        return null;
    }

    @PyMethod("($self, fd, /)")
    public static Object unregister(ThreadState ts, Object self, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        PyPoll p = poll(self);
        synchronized (p) {
            if (p.registered.remove(n) == null) {
                throw PyException.keyError((long) n);
            }
        }
        return null;
    }

    @PyMethod("($self, timeout=None, /)")
    public static Object poll(Object self, Object timeout) {
        int millis = Timeouts.millis(timeout, 1_000_000L);
        PyPoll p = poll(self);
        int[] fds;
        short[] events;
        synchronized (p) {
            fds = new int[p.registered.size()];
            events = new short[fds.length];
            int i = 0;
            for (Map.Entry<Integer, Short> e : p.registered.entrySet()) {
                fds[i] = e.getKey();
                events[i++] = e.getValue();
            }
        }
        if (!p.polling.compareAndSet(false, true)) {
            throw PyException.runtimeError("concurrent poll() invocation");
        }
        short[] revents = new short[fds.length];
        try {
            Polling.poll(fds, events, revents, millis);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        } finally {
            p.polling.set(false);
        }
        PyList result = new PyList();
        for (int i = 0; i < fds.length; i++) {
            if (revents[i] != 0) {
                result.append(PyTuple.of((long) fds[i], (long) (revents[i] & 0xFFFF)));
            }
        }
        return result;
    }
}
