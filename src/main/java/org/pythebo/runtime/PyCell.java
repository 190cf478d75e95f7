package org.pythebo.runtime;

/**
 * A variable shared between a function and the closures that capture it, and the per-name cell
 * of module globals. Null means unbound. Volatile: another thread may run the closure.
 */
public final class PyCell extends PyObject {
    public volatile Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() { return PyType.CELL; }
}
