package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * An async generator ({@code async def} with {@code yield}). Its body suspends for two reasons:
 * a {@code yield} (the value goes to the {@code async for}, through StopIteration of the awaitable
 * that __anext__/asend returned) and an {@code await} inside (the value passes through to the
 * event loop driving that awaitable). {@link Suspendable#yieldedByBody} tells them apart.
 */
public final class PyAsyncGenerator extends PyObject {
    final Suspendable body;
    String name;
    String qualname;
    /** Whether the first step has called the thread's firstiter hook (CPython's ag_hooks_inited). */
    private volatile boolean hooksCalled;

    PyAsyncGenerator(Suspendable body) {
        this.body = body;
        this.name = body.frame.code.name;
        this.qualname = body.frame.code.qualname;
    }

    @Override
    public PyType type() { return PyType.ASYNC_GENERATOR; }

    private static PyAsyncGenerator a(Object self) {
        return (PyAsyncGenerator) self;
    }

    /** Calls sys.set_asyncgen_hooks's firstiter with the generator, before its first step. */
    private static PyAsyncGenerator hooked(Object self) {
        PyAsyncGenerator g = (PyAsyncGenerator) self;
        if (!g.hooksCalled) {
            g.hooksCalled = true;
            ThreadState ts = ThreadState.current();
            if (ts.asyncgenFirstiter != null) {
                Ops.call(ts, ts.asyncgenFirstiter, new Object[] {g}, null);
            }
        }
        return g;
    }

    @PyMethod("($self, /)")
    public static Object __aiter__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __anext__(Object self) {
        return new Step(hooked(self), Singleton.NONE, null);
    }

    @PyMethod("($self, value, /)")
    public static Object asend(Object self, Object value) {
        return new Step(hooked(self), value, null);
    }

    @PyMethod("($self, typ, val=None, tb=None, /)")
    public static Object athrow(ThreadState ts, Object self, Object typ, Object val, Object tb) {
        return new Step(hooked(self), null, Suspendable.exceptionToThrow(ts, typ, val, tb));
    }

    @PyMethod("($self, /)")
    public static Object aclose(Object self) {
        return new Step(hooked(self), null, new PyBaseException(Exc.GeneratorExit, PyTuple.EMPTY));
    }

    @PyGetter("ag_frame")
    public static Object agFrame(Object self) { return a(self).body.frameObject(); }

    @PyGetter("ag_running")
    public static Object agRunning(Object self) { return a(self).body.isRunning(); }

    @PyGetter("ag_code")
    public static Object agCode(Object self) { return a(self).body.frame.code; }

    @PyGetter("ag_await")
    public static Object agAwait(Object self) {
        Object d = a(self).body.delegate;
        return d == null ? Singleton.NONE : d;
    }

    @PyGetter("__name__")
    public static Object getName(Object self) { return a(self).name; }

    @PySetter("__name__")
    public static void setName(Object self, Object value) { a(self).name = Suspendable.nameValue(value, "__name__"); }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) { return a(self).qualname; }

    @PySetter("__qualname__")
    public static void setQualname(Object self, Object value) {
        a(self).qualname = Suspendable.nameValue(value, "__qualname__");
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        return "<async_generator object " + a(self).qualname + " at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }

    /**
     * The awaitable of one __anext__/asend/athrow/aclose: awaiting it runs the async generator to
     * its next {@code yield} (ends with StopIteration carrying the value) or to its end
     * (StopAsyncIteration; for aclose, a plain end).
     */
    public static final class Step extends PyIterator {
        private final PyAsyncGenerator gen;
        private final Object value;
        /** athrow/aclose: the exception to throw in at the first step; null for asend. */
        private final PyBaseException toThrow;
        private boolean started;
        private boolean finished;

        Step(PyAsyncGenerator gen, Object value, PyBaseException toThrow) {
            super(toThrow == null ? PyType.ASYNC_GENERATOR_ASEND : PyType.ASYNC_GENERATOR_ATHROW);
            this.gen = gen;
            this.value = value;
            this.toThrow = toThrow;
        }

        private boolean isClose() {
            return toThrow != null && toThrow.matches(Exc.GeneratorExit);
        }

        /** Sends into the generator; returns what passes through to the driver, or throws StopIteration. */
        synchronized Object send(ThreadState ts, Object sent) {
            if (finished) {
                throw PyException.runtimeError(toThrow == null ? "cannot reuse already awaited __anext__()/asend()"
                        : "cannot reuse already awaited aclose()/athrow()");
            }
            Suspendable b = gen.body;
            Object v;
            try {
                if (!started) {
                    started = true;
                    if (toThrow == null) {
                        v = b.resume(ts, sent == Singleton.NONE ? value : sent, null);
                    } else if (isClose() && (b.isCreated() || b.isClosed())) {
                        b.close(ts);
                        finished = true;
                        throw PyGenerator.stop(Singleton.NONE);
                    } else {
                        v = b.resume(ts, null, new PyException(toThrow));
                    }
                } else {
                    v = b.resume(ts, sent, null);
                }
            } catch (PyException e) {
                finished = true;
                if (isClose() && (e.exc.matches(Exc.GeneratorExit) || e.exc.matches(Exc.StopAsyncIteration))) {
                    throw PyGenerator.stop(Singleton.NONE);
                }
                throw e;
            }
            return outcome(v);
        }

        synchronized Object throwIn(ThreadState ts, PyException e) {
            if (finished) {
                throw PyException.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            started = true;
            Object v;
            try {
                v = gen.body.resume(ts, null, e);
            } catch (PyException raised) {
                finished = true;
                throw raised;
            }
            return outcome(v);
        }

        private Object outcome(Object v) {
            if (v == null) {
                finished = true;
                if (isClose()) {
                    throw PyGenerator.stop(Singleton.NONE);
                }
                throw new PyException(new PyBaseException(Exc.StopAsyncIteration, PyTuple.EMPTY));
            }
            if (gen.body.yieldedByBody) {
                finished = true;
                if (isClose()) {
                    throw PyException.runtimeError("async generator ignored GeneratorExit");
                }
                throw PyGenerator.stop(v);
            }
            return v;
        }

        @Override
        public Object next(ThreadState ts) {
            try {
                return send(ts, Singleton.NONE);
            } catch (PyException e) {
                if (e.exc.matches(Exc.StopIteration)) {
                    return null;
                }
                throw e;
            }
        }

        private static Step s(Object self) {
            return (Step) self;
        }

        @PyMethod("($self, /)")
        public static Object __await__(Object self) { return self; }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) {
            return s(self).send(ts, Singleton.NONE);
        }

        @PyMethod(value = "($self, value, /)", name = "send")
        public static Object sendMethod(ThreadState ts, Object self, Object value) {
            return s(self).send(ts, value);
        }

        @PyMethod(value = "($self, typ, val=None, tb=None, /)", name = "throw")
        public static Object throwMethod(ThreadState ts, Object self, Object typ, Object val, Object tb) {
            return s(self).throwIn(ts, new PyException(Suspendable.exceptionToThrow(ts, typ, val, tb)));
        }

        @PyMethod("($self, /)")
        public static Object close(Object self) {
            s(self).finished = true;
            return Singleton.NONE;
        }
    }
}
