package org.pythebo.modules._thread;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _thread.RLock}: a reentrant lock over the owner-less mutex of {@code _thread.lock}. The
 * owner (its Python thread id, 0 when free) and the count are written only by the thread holding
 * the mutex; repr reads them without a lock, as CPython's does.
 */
public final class PyRLock extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_thread.RLock", PyType.OBJECT, PyRLock.class, PyType.Layout.OBJECT)
            .allowWeakrefs();

    static {
        TYPE.typeDict().put("__module__", "_thread");
    }

    private final ThreadModule.Mutex mutex = new ThreadModule.Mutex();
    private volatile long owner;
    private volatile long count;

    @Override
    public PyType type() { return TYPE; }

    private static PyRLock r(Object self) {
        return (PyRLock) self;
    }

    private static long me() {
        return Thread.currentThread().threadId();
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, Object kwargs) {
        return new PyRLock();
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public static Object acquire(ThreadState ts, Object self, Object blocking, Object timeout) {
        return r(self).acquire(ts, Ops.isTrue(ts, blocking), ThreadModule.PyLock.timeoutNanos(timeout));
    }

    private boolean acquire(ThreadState ts, boolean blocking, long nanos) {
        if (owner == me() && count > 0) {
            count++;
            return true;
        }
        if (!ThreadModule.PyLock.acquire(ts, mutex, blocking, nanos)) {
            return false;
        }
        owner = me();
        count = 1;
        return true;
    }

    @PyMethod("($self, /)")
    public static Object __enter__(ThreadState ts, Object self) {
        return r(self).acquire(ts, true, -1_000_000_000L);
    }

    @PyMethod("($self, /)")
    public static Object release(Object self) {
        PyRLock l = r(self);
        if (l.owner != me() || l.count == 0) {
            throw PyException.runtimeError("cannot release un-acquired lock");
        }
        if (--l.count == 0) {
            l.owner = 0;
            l.mutex.release(1);
        }
        return null;
    }

    @PyMethod("($self, *args)")
    public static Object __exit__(Object self, Object[] args) {
        return release(self);
    }

    @PyMethod("($self, /)")
    public static Object _is_owned(Object self) {
        return r(self).owner == me() && r(self).count > 0;
    }

    /** Releases every level at once (Condition.wait), returning (count, owner) for _acquire_restore. */
    @PyMethod("($self, /)")
    public static Object _release_save(Object self) {
        PyRLock l = r(self);
        if (l.count == 0 || l.owner != me()) {
            throw PyException.runtimeError("cannot release un-acquired lock");
        }
        PyTuple saved = PyTuple.of(l.count, l.owner);
        l.count = 0;
        l.owner = 0;
        l.mutex.release(1);
        return saved;
    }

    @PyMethod("($self, state, /)")
    public static Object _acquire_restore(Object self, Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyException.typeError("_acquire_restore() argument 1 must be tuple of (count, owner)");
        }
        PyRLock l = r(self);
        ThreadModule.PyLock.acquire(null, l.mutex, true, -1_000_000_000L);
        l.owner = Ops.index(t.get(1));
        l.count = Ops.index(t.get(0));
        return null;
    }

    /** After fork the lock is free again; Pythebo does not fork, but threading.py calls this. */
    @PyMethod("($self, /)")
    public static Object _at_fork_reinit(Object self) {
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        PyRLock l = r(self);
        return "<" + (l.mutex.isLocked() ? "locked" : "unlocked") + " _thread.RLock object owner=" + l.owner
                + " count=" + l.count + " at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }
}
