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
     * The instance given to a Python-level {@code __get__(instance, owner)}, null for None;
     * both None is refused, as CPython's __get__ wrapper does.
     */
    static Object getInstance(Object instance, Object owner) {
        if (instance == Singleton.NONE) {
            if (owner == Singleton.NONE) {
                throw PyException.typeError("__get__(None, None) is invalid");
            }
            return null;
        }
        return instance;
    }
}
