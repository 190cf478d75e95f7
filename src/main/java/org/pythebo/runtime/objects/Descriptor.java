package org.pythebo.runtime.objects;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;

/** A Java-implemented descriptor: what attribute lookup calls instead of {@code __get__}/{@code __set__}. */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null for a lookup on the class itself. */
    Object get(ThreadState ts, Object obj, PyType type);

    /** Data descriptors win over the instance dict. */
    default boolean isData() { return false; }

    /** {@code __set__} (value null: {@code __delete__}); only called on data descriptors. */
    default void set(ThreadState ts, Object obj, Object value) {
        throw PyException.attributeError("readonly attribute", obj, null);
    }

    /**
     * The Python-visible {@code __get__(instance, owner=None)} of a Java descriptor, which code
     * such as enum and inspect look for to tell descriptors from plain values.
     */
    static Object pyGet(ThreadState ts, Descriptor d, Object instance, Object owner) {
        if (instance == Singleton.NONE) {
            if (owner == Singleton.NONE) {
                throw PyException.typeError("__get__(None, None) is invalid");
            }
            instance = null;
        }
        PyType type = owner instanceof PyType t ? t : instance == null ? null : Ops.type(instance);
        return d.get(ts, instance, type);
    }
}
