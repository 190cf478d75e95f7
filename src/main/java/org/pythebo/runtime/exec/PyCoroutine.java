package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A coroutine: what calling an {@code async def} function returns. It is driven by send/throw
 * (an event loop, or a plain loop until asyncio arrives) and awaited by other coroutines; unlike
 * a generator it is not iterable, {@code __await__} gives an iterator over it.
 */
public final class PyCoroutine extends PyObject {
    final Suspendable body;
    String name;
    String qualname;

    PyCoroutine(Suspendable body) {
        this.body = body;
        this.name = body.frame.code.name;
        this.qualname = body.frame.code.qualname;
    }

    @Override
    public PyType type() { return PyType.COROUTINE; }

    private static PyCoroutine c(Object self) {
        return (PyCoroutine) self;
    }

    static Object orStop(Suspendable body, Object v) {
        if (v == null) {
            throw PyGenerator.stop(body.takeReturnValue());
        }
        return v;
    }

    @PyMethod("($self, value, /)")
    public static Object send(ThreadState ts, Object self, Object value) {
        Suspendable b = c(self).body;
        return orStop(b, b.resume(ts, value, null));
    }

    @PyMethod(value = "($self, typ, val=None, tb=None, /)", name = "throw")
    public static Object throw_(ThreadState ts, Object self, Object typ, Object val, Object tb) {
        Suspendable b = c(self).body;
        return orStop(b, b.throwMethod(ts, typ, val, tb));
    }

    @PyMethod("($self, /)")
    public static Object close(ThreadState ts, Object self) {
        c(self).body.close(ts);
        return Singleton.NONE;
    }

    @PyMethod("($self, /)")
    public static Object __await__(Object self) {
        return new Wrapper(c(self));
    }

    @PyGetter("cr_frame")
    public static Object crFrame(Object self) { return c(self).body.frameObject(); }

    @PyGetter("cr_running")
    public static Object crRunning(Object self) { return c(self).body.isRunning(); }

    @PyGetter("cr_suspended")
    public static Object crSuspended(Object self) { return c(self).body.isSuspended(); }

    @PyGetter("cr_code")
    public static Object crCode(Object self) { return c(self).body.frame.code; }

    @PyGetter("cr_await")
    public static Object crAwait(Object self) {
        Object d = c(self).body.delegate;
        return d == null ? Singleton.NONE : d;
    }

    @PyGetter("cr_origin")
    public static Object crOrigin(Object self) { return Singleton.NONE; }

    @PyGetter("__name__")
    public static Object getName(Object self) { return c(self).name; }

    @PySetter("__name__")
    public static void setName(Object self, Object value) { c(self).name = Suspendable.nameValue(value, "__name__"); }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) { return c(self).qualname; }

    @PySetter("__qualname__")
    public static void setQualname(Object self, Object value) {
        c(self).qualname = Suspendable.nameValue(value, "__qualname__");
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        return "<coroutine object " + c(self).qualname + " at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }

    /** coroutine.__await__(): an iterator that drives the coroutine (type coroutine_wrapper). */
    public static final class Wrapper extends PyIterator {
        final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            super(PyType.COROUTINE_WRAPPER);
            this.coroutine = coroutine;
        }

        @Override
        public Object next(ThreadState ts) {
            return coroutine.body.resume(ts, Singleton.NONE, null);
        }

        private static Wrapper w(Object self) {
            return (Wrapper) self;
        }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) {
            return PyCoroutine.send(ts, w(self).coroutine, Singleton.NONE);
        }

        @PyMethod("($self, value, /)")
        public static Object send(ThreadState ts, Object self, Object value) {
            return PyCoroutine.send(ts, w(self).coroutine, value);
        }

        @PyMethod(value = "($self, typ, val=None, tb=None, /)", name = "throw")
        public static Object throw_(ThreadState ts, Object self, Object typ, Object val, Object tb) {
            return PyCoroutine.throw_(ts, w(self).coroutine, typ, val, tb);
        }

        @PyMethod("($self, /)")
        public static Object close(ThreadState ts, Object self) {
            return PyCoroutine.close(ts, w(self).coroutine);
        }
    }
}
