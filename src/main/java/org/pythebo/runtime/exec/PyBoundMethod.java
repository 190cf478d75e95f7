package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.AttributeSource;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A function bound to its receiver ({@code obj.method} when not called at once); attributes the
 * method type lacks are the function's.
 */
public final class PyBoundMethod extends PyObject implements PyCallable, AttributeSource {
    public final Object function;
    public final Object self;

    public PyBoundMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() { return PyType.METHOD; }

    @Override
    public Object attributeSource() { return function; }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        if (function instanceof PyFunction f) {
            return f.callWithSelf(ts, self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(ts, function, all, kwnames);
    }

    /** {@code types.MethodType(function, instance)}, with CPython's checks (WeakMethod makes methods so). */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("method() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyException.typeError("method expected 2 arguments, got " + args.length);
        }
        Object function = args[0];
        if (!(function instanceof PyCallable || function instanceof PyType || Ops.type(function).lookup("__call__") != null)) {
            throw PyException.typeError("first argument must be callable");
        }
        if (args[1] == Singleton.NONE) {
            throw PyException.typeError("instance must not be None");
        }
        return new PyBoundMethod(function, args[1]);
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__call__")
    public static Object callSlot(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    @PyGetter("__self__")
    public static Object getSelf(Object self) { return ((PyBoundMethod) self).self; }

    @PyGetter("__func__")
    public static Object getFunc(Object self) { return ((PyBoundMethod) self).function; }

    @PyGetter("__name__")
    public static Object getName(Object self) {
        return Ops.getAttr(ThreadState.current(), ((PyBoundMethod) self).function, "__name__");
    }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) {
        return Ops.getAttr(ThreadState.current(), ((PyBoundMethod) self).function, "__qualname__");
    }

    @PyGetter("__doc__")
    public static Object getDoc(Object self) {
        return Ops.getAttr(ThreadState.current(), ((PyBoundMethod) self).function, "__doc__");
    }

    /** Equal when bound to the same object (identity) and equal functions. */
    private static Object equal(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyBoundMethod o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PyBoundMethod m = (PyBoundMethod) self;
        return m.self == o.self && Ops.eq(ts, m.function, o.function);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return equal(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        Object r = equal(ts, self, other);
        return r instanceof Boolean b ? !b : r;
    }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        PyBoundMethod m = (PyBoundMethod) self;
        return (long) System.identityHashCode(m.self) ^ Ops.hash(ts, m.function);
    }

    public String toString(ThreadState ts) {
        String qn = function instanceof PyFunction f ? f.qualname : String.valueOf(Ops.getAttr(ts, function, "__qualname__"));
        return "<bound method " + qn + " of " + Ops.repr(ts, self) + ">";
    }
}
