package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;

/** An instance of a class statement's class whose solid base is {@code object}. */
public final class PyInstance extends PyObject implements HasDict {
    private volatile PyType type;
    private volatile PyDict dict = new PyDict();
    /** The cells of the slots its class declares (see {@link PyMemberDescr}), or null for none. */
    final Object[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.slots = type.slotCount == 0 ? null : new Object[type.slotCount];
    }

    @Override
    public PyType type() { return type; }

    public void setType(PyType t) { type = t; }

    @Override
    public PyDict dict() { return dict; }

    public void setDict(PyDict d) { dict = d; }
}
