package org.pythebo.runtime.weakref;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Unraisable;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.Singleton;

/**
 * What {@code weakref.ref} and the proxies share (CPython's PyWeakReference): the referent's
 * {@link WeakrefList}, through which the referent is reached while it lives, and the callback.
 */
public abstract class PyWeakReference extends PyObject {
    private static final VarHandle CALLBACK;

    static {
        try {
            CALLBACK = MethodHandles.lookup().findVarHandle(PyWeakReference.class, "callback", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final WeakrefList list;
    /** Called with this object once the referent is gone; null when there is none or it ran. */
    private volatile Object callback;

    PyWeakReference(WeakrefList list, Object callback) {
        this.list = list;
        this.callback = callback;
    }

    /** The referent, or null once the collector has found it unreachable. */
    public final Object referent() {
        return list.get();
    }

    /** {@code __callback__}: None once the referent is gone, as CPython drops it then. */
    final Object callbackOrNone() {
        Object cb = callback;
        return cb == null || !list.referentAlive() ? Singleton.NONE : cb;
    }

    /** The referent as {@code weakref.ref(o)} requires it: an object whose type allows weak references. */
    static PyObject checkReferent(Object o) {
        if (o instanceof PyObject p && p.type().isWeakrefable()) {
            return p;
        }
        throw PyException.typeError("cannot create weak reference to '" + Ops.typeName(o) + "' object");
    }

    /** Runs the callback, once; what it raises is reported, not raised (PyErr_WriteUnraisable). */
    final void runCallback(ThreadState ts) {
        Object cb = CALLBACK.getAndSet(this, (Object) null);
        if (cb == null) {
            return;
        }
        try {
            Ops.call(ts, cb, this);
        } catch (PyException e) {
            Unraisable.report(ts, e.exc, null, cb);
        } catch (StackOverflowError e) {
            Unraisable.report(ts, PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded"), null, cb);
        }
    }

    /** "0x..." as CPython's %p shows an object's address (here its id). */
    static String address(Object o) {
        return "0x" + Long.toHexString(Ops.id(o));
    }
}
