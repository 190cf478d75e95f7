package org.pythebo.runtime.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.weakref.WeakrefList;

/**
 * A Python object that is not one of the Java values the runtime uses directly: int is
 * {@link Long} or {@link java.math.BigInteger}, bool {@link Boolean}, float {@link Double} and str
 * {@link String} (see {@link Ops#type(Object)}). Everything else extends this class.
 */
public abstract class PyObject {
    private static final VarHandle WEAKREFS;

    static {
        try {
            WEAKREFS = MethodHandles.lookup().findVarHandle(PyObject.class, "weakrefs", WeakrefList.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The weak references to this object (CPython's weak reference list), made with the first
     * one; only objects whose type {@linkplain PyType#isWeakrefable() allows it} ever get one.
     */
    private volatile WeakrefList weakrefs;

    /** The object's Python type ({@code type(o)}). */
    public abstract PyType type();

    /** The list of weak references to this object, or null when none was ever made. */
    public final WeakrefList weakrefs() {
        return weakrefs;
    }

    /** Installs {@code list} unless another thread installed one first; returns the one installed. */
    public final WeakrefList installWeakrefs(WeakrefList list) {
        WeakrefList witness = (WeakrefList) WEAKREFS.compareAndExchange(this, (WeakrefList) null, list);
        return witness == null ? list : witness;
    }
}
