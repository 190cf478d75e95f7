package org.pythebo.runtime.objects;

import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** classmethod: binds the wrapped callable to the class. */
public final class PyClassMethod extends PyObject implements Descriptor {
    final Object callable;

    public PyClassMethod(Object callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() { return PyType.CLASSMETHOD; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        return new PyBoundMethod(callable, type != null ? type : Ops.type(obj));
    }

    @PyMethod("($type, function, /)")
    public static Object __new__(Object cls, Object function) { return new PyClassMethod(function); }

    @PyGetter("__func__")
    public static Object func(Object self) { return ((PyClassMethod) self).callable; }

    @PyGetter("__isabstractmethod__")
    public static Object isAbstractMethod(Object self) {
        return PyProperty.isAbstract(ThreadState.current(), ((PyClassMethod) self).callable);
    }

    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object getSlot(ThreadState ts, Object self, Object instance, Object owner) {
        return Descriptor.pyGet(ts, (Descriptor) self, instance, owner);
    }
}
