package org.pythebo.runtime.objects;

import java.lang.invoke.MethodHandle;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

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

    /** descr_check: the getter and setter apply only to instances of the owner. */
    private void check(Object instance) {
        if (!Ops.type(instance).isSubtypeOf(owner)) {
            throw PyException.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(instance) + "' object");
        }
    }

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

    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object getSlot(ThreadState ts, Object self, Object instance, Object owner) {
        if (instance != Singleton.NONE) {
            ((PyGetSetDescr) self).check(instance);
        }
        return Descriptor.pyGet(ts, (Descriptor) self, instance, owner);
    }

    @PyMethod(value = "($self, instance, value, /)", name = "__set__")
    public static void setSlot(ThreadState ts, Object self, Object instance, Object value) {
        ((PyGetSetDescr) self).check(instance);
        ((Descriptor) self).set(ts, instance, value);
    }

    @PyMethod(value = "($self, instance, /)", name = "__delete__")
    public static void deleteSlot(ThreadState ts, Object self, Object instance) {
        ((PyGetSetDescr) self).check(instance);
        ((Descriptor) self).set(ts, instance, null);
    }

    @PyGetter("__name__")
    public static Object nameAttr(Object self) { return ((PyGetSetDescr) self).name; }

    @PyGetter("__qualname__")
    public static Object qualnameAttr(Object self) {
        PyGetSetDescr d = (PyGetSetDescr) self;
        return d.owner.qualname() + "." + d.name;
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) { return ((PyGetSetDescr) self).owner; }
}
