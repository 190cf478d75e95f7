package org.pythebo.runtime.exec;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * What {@code anext(it, default)} returns: awaiting it awaits {@code it.__anext__()} and turns
 * its StopAsyncIteration into the default value.
 */
public final class PyAnextAwaitable extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("anext_awaitable", PyType.OBJECT, PyAnextAwaitable.class,
            PyType.Layout.OBJECT);

    private final Object awaitable;
    private final Object dflt;
    /** The iterator driving {@link #awaitable}, made on the first step. */
    private Object inner;

    public PyAnextAwaitable(Object awaitable, Object dflt) {
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    @Override
    public PyType type() { return TYPE; }

    private synchronized Object inner(ThreadState ts) {
        if (inner == null) {
            if (awaitable instanceof PyCoroutine || awaitable instanceof PyAsyncGenerator.Step) {
                inner = awaitable;
            } else {
                Object await = Ops.type(awaitable).lookup("__await__");
                if (await == null) {
                    throw PyException.typeError("'" + Ops.typeName(awaitable) + "' object is not awaitable");
                }
                inner = Ops.callDescr(ts, await, awaitable, Ops.NO_ARGS);
            }
        }
        return inner;
    }

    /** One step of the inner iterator, with StopAsyncIteration turned into StopIteration(default). */
    private Object step(ThreadState ts, String method, Object... args) {
        try {
            return Ops.callMethod(ts, inner(ts), method, args);
        } catch (PyException e) {
            if (e.exc.matches(Exc.StopAsyncIteration)) {
                throw PyGenerator.stop(dflt);
            }
            throw e;
        }
    }

    private static PyAnextAwaitable a(Object self) {
        return (PyAnextAwaitable) self;
    }

    @PyMethod("($self, /)")
    public static Object __await__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        return a(self).step(ts, "send", Singleton.NONE);
    }

    @PyMethod("($self, value, /)")
    public static Object send(ThreadState ts, Object self, Object value) {
        return a(self).step(ts, "send", value);
    }

    @PyMethod(value = "($self, typ, val=None, tb=None, /)", name = "throw")
    public static Object throw_(ThreadState ts, Object self, Object typ, Object val, Object tb) {
        return a(self).step(ts, "throw", typ, val, tb);
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        return Ops.callMethod(ts, a(self).inner(ts), "close");
    }
}
