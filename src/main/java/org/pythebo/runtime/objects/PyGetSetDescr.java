package org.pythebo.runtime.objects;

import java.lang.invoke.MethodHandle;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;

/** A computed read-only attribute of a built-in type ({@code BaseException.args}). */
public final class PyGetSetDescr extends PyObject implements Descriptor {
    final PyType owner;
    final String name;
    private final MethodHandle getter;
    /** (self, value) -> void, or null for a read-only attribute. */
    public volatile MethodHandle setter;
    /** A read-only struct member in CPython, whose assignment error is worded differently. */
    private final boolean member;

    public PyGetSetDescr(PyType owner, String name, MethodHandle getter) {
        this(owner, name, getter, false);
    }

    public PyGetSetDescr(PyType owner, String name, MethodHandle getter, boolean member) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.member = member;
    }

    @Override
    public PyType type() { return PyType.GETSET_DESCRIPTOR; }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }

    @Override
    public boolean isData() { return true; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        try {
            return (Object) getter.invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void set(ThreadState ts, Object obj, Object value) {
        MethodHandle s = setter;
        if (s != null) {
            try {
                s.invokeExact(obj, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return;
        }
        if (member) {
            Descriptor.super.set(ts, obj, value);
        }
        throw PyException.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable", obj, name);
    }
}
