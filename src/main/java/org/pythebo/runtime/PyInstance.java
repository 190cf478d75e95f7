package org.pythebo.runtime;

/** An instance of a class statement's class whose solid base is {@code object}. */
public final class PyInstance extends PyObject implements HasDict {
    private volatile PyType type;
    private volatile PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    public void setType(PyType t) { type = t; }

    @Override
    public PyDict dict() { return dict; }

    public void setDict(PyDict d) { dict = d; }
}
