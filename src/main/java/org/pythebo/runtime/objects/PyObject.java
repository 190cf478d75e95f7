package org.pythebo.runtime.objects;

/**
 * A Python object that is not one of the Java values the runtime uses directly: int is
 * {@link Long} or {@link java.math.BigInteger}, bool {@link Boolean}, float {@link Double} and str
 * {@link String} (see {@link Ops#type(Object)}). Everything else extends this class.
 */
public abstract class PyObject {

    /** The object's Python type ({@code type(o)}). */
    public abstract PyType type();
}
