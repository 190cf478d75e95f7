package org.pythebo.runtime.objects;

import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/** staticmethod: returns the wrapped callable unchanged from either the class or an instance. */
public final class PyStaticMethod extends PyObject implements Descriptor, PyCallable {
    final Object callable;

    public PyStaticMethod(Object callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() { return PyType.STATICMETHOD; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) { return callable; }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        return Ops.call(ts, callable, args, kwnames);
    }

    @PyMethod("($type, function, /)")
    public static Object __new__(Object cls, Object function) { return new PyStaticMethod(function); }

    @PyGetter("__func__")
    public static Object func(Object self) { return ((PyStaticMethod) self).callable; }

    @PyGetter("__isabstractmethod__")
    public static Object isAbstractMethod(Object self) {
        return PyProperty.isAbstract(ThreadState.current(), ((PyStaticMethod) self).callable);
    }

    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object getSlot(ThreadState ts, Object self, Object instance, Object owner) {
        return Descriptor.pyGet(ts, (Descriptor) self, instance, owner);
    }
}
