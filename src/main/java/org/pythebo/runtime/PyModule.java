package org.pythebo.runtime;

/** A module object: a name and its {@link Globals}. */
public final class PyModule extends PyObject implements HasDict {
    public final String name;
    public final Globals globals;

    public PyModule(String name, Globals globals) {
        this.name = name;
        this.globals = globals;
    }

    @Override
    public PyType type() { return PyType.MODULE; }

    @Override
    public PyDict dict() { return globals.toDict(); }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
