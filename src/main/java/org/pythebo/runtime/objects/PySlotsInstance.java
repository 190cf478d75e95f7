package org.pythebo.runtime.objects;

/** An instance of a class whose {@code __slots__} leave it without a {@code __dict__}. */
public final class PySlotsInstance extends PyObject {
    private volatile PyType type;
    /** One cell per slot (see {@link PyMemberDescr}); null means unset. */
    final Object[] slots;

    public PySlotsInstance(PyType type) {
        this.type = type;
        this.slots = new Object[type.slotCount];
    }

    @Override
    public PyType type() { return type; }

    public void setType(PyType t) { type = t; }
}
