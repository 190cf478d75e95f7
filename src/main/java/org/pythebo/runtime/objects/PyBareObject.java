package org.pythebo.runtime.objects;

/** An instance of {@code object} itself: no attributes of its own. */
public final class PyBareObject extends PyObject {
    @Override
    public PyType type() { return PyType.OBJECT; }
}
