package org.pythebo.runtime.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;


/**
 * The body of a generator, coroutine or async generator: its frame, run on a continuation
 * ({@link Continuations}) so that a {@code yield} anywhere in the tree-walk can suspend it.
 * {@link PyGenerator}, {@link PyCoroutine} and {@link PyAsyncGenerator} are the Python faces.
 *
 * <p>A generator whose yields all stand as statements ({@code yield v}, {@code x = yield v},
 * {@code yield from it}) inside blocks, if, while, for, with and try bodies runs without a
 * continuation: its code was lowered to re-entrant nodes ({@code compiler.nodes.Resumable})
 * that return {@link StmtNode#SUSPEND} up the tree at a yield, leaving in the frame where each
 * one stood, and step back down to that yield on the next resume. That costs a few calls per
 * resume instead of a stack copy.
 *
 * <p>Threads: the state moves CREATED/SUSPENDED -> RUNNING by compare-and-set, so two threads
 * resuming one generator at once get "generator already executing" in the loser, as under
 * CPython's GIL. The transfer fields are touched only by the thread holding RUNNING; the
 * volatile state write that ends RUNNING publishes them. A resume may happen on any thread: the
 * frame takes the resuming thread's {@link ThreadState}, links into its frame chain, counts
 * against its recursion depth and puts this body's exc_info level on top of its chain.
 */
public final class Suspendable {
    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int CLOSED = 3;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Suspendable.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final PyCode.Flavor flavor;
    final Frame frame;
    private final Object continuation;
    private volatile int state;
    private final ThreadState.HandledStack handled = new ThreadState.HandledStack();
    /** The Python object (generator, coroutine, async generator) this is the body of. */
    PyObject face;

    /** Out: the value yielded; in: the value sent. */
    private Object transfer;
    /** In: the exception to raise where the body is suspended. */
    private PyException thrown;
    /** Out, for async generators: true when the suspension is a {@code yield}, false for an await. */
    boolean yieldedByBody;
    /** When the body has ended: its return value, or the exception it raised. */
    Object returnValue;
    private PyException failure;
    /** The iterator a {@code yield from}/{@code await} delegates to (gi_yieldfrom), or null. */
    volatile Object delegate;
    private Object delegateResult;

    Suspendable(Frame frame, PyCode.Flavor flavor) {
        this.frame = frame;
        this.flavor = flavor;
        frame.code.body();
        if (frame.code.resumeSlots > 0) {
            this.continuation = null;
            frame.resumeAt = new int[frame.code.resumeSlots];
            frame.resumeState = new Object[frame.code.resumeSlots];
        } else {
            this.continuation = Continuations.create(this::body);
        }
        frame.generator = this;
    }

    /** {@code yield value} in the body of {@code f}: returns the value sent in. */
    public static Object yieldValue(Frame f, Object value) {
        return f.generator.suspend(value, true);
    }

    /** {@code yield from iterable} in the body of {@code f}: returns the delegate's result. */
    public static Object yieldFrom(Frame f, Object iterable) {
        return f.generator.delegateTo(delegateFor(f, iterable), true);
    }

    /**
     * {@code await awaitable} in the body of {@code f}; {@code context}, if not null, is CPython's
     * wording for an object that cannot be awaited there (async for / async with).
     */
    public static Object await(Frame f, Object awaitable, String context) {
        return f.generator.delegateTo(awaitIterator(f.ts, awaitable, context), false);
    }

    private static Object awaitIterator(ThreadState ts, Object o, String context) {
        if (o instanceof PyCoroutine || o instanceof PyAsyncGenerator.Step
                || o instanceof PyGenerator g && g.body.frame.code.iterableCoroutine) {
            return o;
        }
        PyType t = Ops.type(o);
        Object method = t.lookup("__await__");
        if (method == null) {
            throw PyException.typeError(context != null ? context + t.name
                    : "object " + t.name + " can't be used in 'await' expression");
        }
        Object it = Ops.callDescr(ts, method, o, Ops.NO_ARGS);
        if (it instanceof PyCoroutine) {
            throw PyException.typeError("__await__() returned a coroutine");
        }
        if (Ops.type(it).lookup("__next__") == null) {
            throw PyException.typeError("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }

    /** Makes the Python object for a call of a generator/coroutine function (PyCode.run). */
    static PyObject start(Frame frame, PyCode.Flavor flavor) {
        Suspendable s = new Suspendable(frame, flavor);
        s.face = switch (flavor) {
            case GENERATOR -> new PyGenerator(s);
            case COROUTINE -> new PyCoroutine(s);
            case ASYNC_GENERATOR -> new PyAsyncGenerator(s);
            case PLAIN -> throw new IllegalArgumentException("plain code has no suspendable body");
        };
        return s.face;
    }

    private void body() {
        try {
            PyException t = thrown;
            if (t != null) {
                thrown = null;
                throw t;
            }
            int r = frame.code.body().exec(frame);
            returnValue = r == StmtNode.RETURN ? frame.returnValue : Singleton.NONE;
        } catch (PyException e) {
            failure = e;
        } catch (StackOverflowError e) {
            failure = PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /** Runs a re-entrant body from where it stands until it suspends (false) or ends (true). */
    private boolean reenter(boolean fresh) {
        try {
            PyException t = thrown;
            if (t != null && fresh) {
                // Thrown into a body that has not started: raised before its first statement.
                thrown = null;
                throw t;
            }
            int r = frame.code.body().exec(frame);
            if (r == StmtNode.SUSPEND) {
                return false;
            }
            returnValue = r == StmtNode.RETURN ? frame.returnValue : Singleton.NONE;
        } catch (PyException e) {
            failure = e;
        } catch (StackOverflowError e) {
            failure = PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        return true;
    }

    /** A re-entrant {@code yield}: hands {@code value} to the resumer; the node then returns SUSPEND. */
    public static void offer(Frame f, Object value) {
        Suspendable s = f.generator;
        s.transfer = value;
        s.yieldedByBody = true;
    }

    /** At a re-entrant yield being resumed: the value sent in, or throws the exception thrown in. */
    public static Object received(Frame f) {
        Suspendable s = f.generator;
        PyException t = s.thrown;
        if (t != null) {
            s.thrown = null;
            throw t;
        }
        Object sent = s.transfer;
        s.transfer = null;
        return sent;
    }

    /**
     * One step of a re-entrant {@code yield from sub}: passes what was sent or thrown in (nothing
     * on the first step) to {@code sub}; returns what it yields, to pass out, or null when it has
     * ended, its result then in {@link #delegateResult}.
     */
    public static Object delegateStep(Frame f, Object sub, boolean first) {
        Suspendable s = f.generator;
        Object sent = Singleton.NONE;
        PyException toThrow = null;
        if (!first) {
            toThrow = s.thrown;
            s.thrown = null;
            sent = s.transfer;
            s.transfer = null;
        }
        s.delegate = sub;
        ThreadState ts = f.ts;
        Object y;
        try {
            y = toThrow != null ? throwInto(ts, sub, toThrow) : sendInto(ts, sub, sent);
        } catch (PyException e) {
            s.delegate = null;
            if (e.exc.matches(Exc.StopIteration)) {
                s.delegateResult = PyBaseException.StopIterationAttrs.value(e.exc);
                return null;
            }
            throw e;
        }
        if (y == null) {
            s.delegate = null;
            s.delegateResult = resultOf(sub);
        }
        return y;
    }

    /** The result of the {@code yield from} whose last {@link #delegateStep} returned null. */
    public static Object delegateResult(Frame f) {
        Suspendable s = f.generator;
        Object r = s.delegateResult;
        s.delegateResult = null;
        return r;
    }

    /** The iterable of a {@code yield from}: generators as they are, other iterables' iterators. */
    public static Object delegateFor(Frame f, Object iterable) {
        if (iterable instanceof PyGenerator) {
            return iterable;
        }
        if (iterable instanceof PyCoroutine && f.code.flavor == PyCode.Flavor.GENERATOR && !f.code.iterableCoroutine) {
            throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return Ops.iterObject(f.ts, iterable);
    }

    /** The return value, reported once (a later StopIteration carries none). */
    Object takeReturnValue() {
        Object v = returnValue;
        returnValue = Singleton.NONE;
        return v == null ? Singleton.NONE : v;
    }

    boolean isRunning() { return state == RUNNING; }

    boolean isSuspended() { return state == SUSPENDED; }

    boolean isClosed() { return state == CLOSED; }

    boolean isCreated() { return state == CREATED; }

    /** What the type's messages call this kind of object. */
    String kindName() {
        return switch (flavor) {
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
            default -> "generator";
        };
    }

    /**
     * Runs the body until it suspends (returns the value it yielded) or ends (returns null, with
     * {@link #returnValue} set, or throws what it raised). {@code toThrow}, if not null, is raised
     * where the body is suspended instead of sending {@code sent}.
     */
    Object resume(ThreadState ts, Object sent, PyException toThrow) {
        int s;
        while (true) {
            s = state;
            if (s == CLOSED) {
                if (toThrow != null) {
                    throw toThrow;
                }
                if (flavor == PyCode.Flavor.COROUTINE) {
                    throw PyException.runtimeError("cannot reuse already awaited coroutine");
                }
                return null;
            }
            if (s == RUNNING) {
                throw PyException.valueError(kindName() + " already executing");
            }
            if (s == CREATED && toThrow == null && sent != Singleton.NONE) {
                throw PyException.typeError("can't send non-None value to a just-started " + kindName());
            }
            if (STATE.compareAndSet(this, s, RUNNING)) {
                break;
            }
        }
        try {
            ts.enterCall();
        } catch (PyException e) {
            state = s;
            throw e;
        }
        Frame f = frame;
        f.ts = ts;
        f.back = ts.frame;
        ts.frame = f;
        ts.enterGenerator(handled);
        transfer = sent;
        thrown = toThrow;
        boolean done;
        try {
            if (continuation == null) {
                done = reenter(s == CREATED);
            } else {
                Continuations.resume(continuation);
                done = Continuations.isDone(continuation);
            }
        } finally {
            ts.leaveGenerator(handled);
            ts.frame = f.back;
            f.back = null;
            ts.leaveCall();
        }
        if (done) {
            PyException e = failure;
            failure = null;
            state = CLOSED;
            if (e != null) {
                throw replaceStopIteration(e);
            }
            return null;
        }
        Object v = transfer;
        transfer = null;
        state = SUSPENDED;
        return v;
    }

    /** PEP 479: StopIteration (and StopAsyncIteration in async generators) may not leak out of a body. */
    private PyException replaceStopIteration(PyException e) {
        String what;
        if (e.exc.matches(Exc.StopIteration)) {
            what = "StopIteration";
        } else if (flavor == PyCode.Flavor.ASYNC_GENERATOR && e.exc.matches(Exc.StopAsyncIteration)) {
            what = "StopAsyncIteration";
        } else {
            return e;
        }
        PyBaseException replacement = PyBaseException.create(Exc.RuntimeError, kindName() + " raised " + what);
        replacement.cause = e.exc;
        replacement.context = e.exc;
        return new PyException(replacement);
    }

    /**
     * Called by the body (on its own continuation): hands {@code value} to the resumer, waits,
     * and returns the value sent in, or throws the exception thrown in.
     */
    Object suspend(Object value, boolean byBody) {
        transfer = value;
        yieldedByBody = byBody;
        Continuations.suspend();
        PyException t = thrown;
        if (t != null) {
            thrown = null;
            throw t;
        }
        Object sent = transfer;
        transfer = null;
        return sent;
    }

    /**
     * {@code yield from sub} / {@code await}: passes what {@code sub} yields out and what is sent
     * or thrown in through to it, until it ends; returns its result (PEP 380).
     */
    Object delegateTo(Object sub, boolean byBody) {
        delegate = sub;
        try {
            Object sent = Singleton.NONE;
            PyException toThrow = null;
            while (true) {
                ThreadState ts = frame.ts;
                Object y;
                try {
                    y = toThrow != null ? throwInto(ts, sub, toThrow) : sendInto(ts, sub, sent);
                } catch (PyException e) {
                    if (e.exc.matches(Exc.StopIteration)) {
                        return PyBaseException.StopIterationAttrs.value(e.exc);
                    }
                    throw e;
                }
                if (y == null) {
                    return resultOf(sub);
                }
                sent = Singleton.NONE;
                toThrow = null;
                try {
                    sent = suspend(y, byBody);
                } catch (PyException e) {
                    toThrow = e;
                }
            }
        } finally {
            delegate = null;
        }
    }

    /** The body behind a generator, a coroutine or a coroutine's __await__ iterator, or null. */
    private static Suspendable bodyOf(Object sub) {
        if (sub instanceof PyGenerator g) {
            return g.body;
        }
        if (sub instanceof PyCoroutine c) {
            return c.body;
        }
        if (sub instanceof PyCoroutine.Wrapper w) {
            return w.coroutine.body;
        }
        return null;
    }

    /** The result of a delegate that ended by returning (not by StopIteration). */
    private static Object resultOf(Object sub) {
        Suspendable b = bodyOf(sub);
        return b == null ? Singleton.NONE : b.takeReturnValue();
    }

    /** One step of the delegate: the value it yields, or null when it returned. */
    private static Object sendInto(ThreadState ts, Object sub, Object sent) {
        Suspendable b = bodyOf(sub);
        if (b != null) {
            return b.resume(ts, sent, null);
        }
        if (sub instanceof PyAsyncGenerator.Step step) {
            return step.send(ts, sent);
        }
        if (sent == Singleton.NONE) {
            if (sub instanceof PyIterator it && !(it instanceof PyIterator.OfPython)) {
                return it.next(ts);
            }
            return Ops.callMethod(ts, sub, "__next__");
        }
        return Ops.callMethod(ts, sub, "send", sent);
    }

    private static Object throwInto(ThreadState ts, Object sub, PyException e) {
        Suspendable b = bodyOf(sub);
        if (e.exc.matches(Exc.GeneratorExit)) {
            if (b != null) {
                b.close(ts);
            } else {
                Object close = Ops.lookupAttr(ts, sub, "close");
                if (close != null) {
                    Ops.call(ts, close, Ops.NO_ARGS, null);
                }
            }
            throw e;
        }
        if (b != null) {
            return b.resume(ts, null, e);
        }
        if (sub instanceof PyAsyncGenerator.Step step) {
            return step.throwIn(ts, e);
        }
        Object method = Ops.lookupAttr(ts, sub, "throw");
        if (method == null) {
            throw e;
        }
        return Ops.call(ts, method, new Object[] {e.exc}, null);
    }

    /** close(): raises GeneratorExit at the suspension point; the body must not yield again. */
    void close(ThreadState ts) {
        while (true) {
            int s = state;
            if (s == CLOSED) {
                return;
            }
            if (s == CREATED) {
                if (STATE.compareAndSet(this, CREATED, CLOSED)) {
                    return;
                }
                continue;
            }
            break;
        }
        Object v;
        try {
            v = resume(ts, null, new PyException(new PyBaseException(Exc.GeneratorExit, PyTuple.EMPTY)));
        } catch (PyException e) {
            if (e.exc.matches(Exc.GeneratorExit) || e.exc.matches(Exc.StopIteration)) {
                return;
            }
            throw e;
        }
        if (v != null) {
            throw PyException.runtimeError(kindName() + " ignored GeneratorExit");
        }
    }

    /** throw(type[, value[, traceback]]) as the three Python faces accept it. */
    Object throwMethod(ThreadState ts, Object type, Object value, Object tb) {
        return resume(ts, null, new PyException(exceptionToThrow(ts, type, value, tb)));
    }

    static PyBaseException exceptionToThrow(ThreadState ts, Object type, Object value, Object tb) {
        PyBaseException exc;
        if (type instanceof PyBaseException instance) {
            if (value != Singleton.NONE) {
                throw PyException.typeError("instance exception may not have a separate value");
            }
            exc = instance;
        } else if (type instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            Object made;
            if (value instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                made = v;
            } else if (value == Singleton.NONE) {
                made = Ops.call(ts, t, Ops.NO_ARGS, null);
            } else if (value instanceof PyTuple args) {
                made = Ops.call(ts, t, args.toArray(), null);
            } else {
                made = Ops.call(ts, t, new Object[] {value}, null);
            }
            exc = (PyBaseException) made;
        } else {
            throw PyException.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Ops.typeName(type));
        }
        if (tb != Singleton.NONE && tb != null) {
            if (!(tb instanceof Traceback)) {
                throw PyException.typeError("throw() third argument must be a traceback object");
            }
            PyBaseException.setTraceback(exc, tb);
        }
        return exc;
    }

    /** A new __name__ or __qualname__: it must be a str. */
    static String nameValue(Object value, String attr) {
        if (!(value instanceof String str)) {
            throw PyException.typeError(attr + " must be set to a string object");
        }
        return str;
    }

    /** gi_frame / cr_frame / ag_frame: the frame object while the body can still run, else None. */
    Object frameObject() {
        return state == CLOSED ? Singleton.NONE : new PyFrameObject(frame, frame.code.firstlineno);
    }
}
