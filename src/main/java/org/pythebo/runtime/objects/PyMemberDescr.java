package org.pythebo.runtime.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/**
 * One {@code __slots__} entry of a class: reads and writes a fixed cell of the instance's slot
 * array. Cells are read with acquire and written with release semantics, so a value stored by
 * one thread is seen whole by another without any lock.
 */
public final class PyMemberDescr extends PyObject implements Descriptor {
    private static final VarHandle CELL = MethodHandles.arrayElementVarHandle(Object[].class);

    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() { return PyType.MEMBER_DESCRIPTOR; }

    @Override
    public boolean isData() { return true; }

    /** The slot array of obj, after CPython's check that this descriptor applies to it. */
    private Object[] cells(Object obj) {
        if (Ops.type(obj).isSubtypeOf(owner)) {
            if (obj instanceof PyInstance i && i.slots != null) {
                return i.slots;
            }
            if (obj instanceof PySlotsInstance s) {
                return s.slots;
            }
            if (obj instanceof HasSlots h && h.slots() != null) {
                return h.slots();
            }
        }
        throw PyException.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + Ops.typeName(obj) + "' object");
    }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        Object v = CELL.getAcquire(cells(obj), index);
        if (v == null) {
            throw PyException.attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'", obj, name);
        }
        return v;
    }

    @Override
    public void set(ThreadState ts, Object obj, Object value) {
        Object[] cells = cells(obj);
        if (value != null) {
            CELL.setRelease(cells, index, value);
        } else if (CELL.getAndSet(cells, index, (Object) null) == null) {
            throw PyException.attributeError(name, obj, name);
        }
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }

    @PyMethod("($self, instance, owner=None, /)")
    public static Object __get__(ThreadState ts, Object self, Object instance, Object owner) {
        PyMemberDescr d = (PyMemberDescr) self;
        return d.get(ts, instance == Singleton.NONE ? null : instance, null);
    }

    @PyMethod("($self, instance, value, /)")
    public static void __set__(ThreadState ts, Object self, Object instance, Object value) {
        ((PyMemberDescr) self).set(ts, instance, value);
    }

    @PyMethod("($self, instance, /)")
    public static void __delete__(ThreadState ts, Object self, Object instance) {
        ((PyMemberDescr) self).set(ts, instance, null);
    }

    @PyGetter("__name__")
    public static Object name(Object self) { return ((PyMemberDescr) self).name; }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        PyMemberDescr d = (PyMemberDescr) self;
        return d.owner.qualname() + "." + d.name;
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) { return ((PyMemberDescr) self).owner; }

    @PyGetter("__doc__")
    public static Object doc(Object self) { return Singleton.NONE; }
}
