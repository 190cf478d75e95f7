package org.pythebo.compiler.nodes;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.Suspendable;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The nodes that suspend a generator or coroutine body: yield, yield from, await, and the async
 * statements built on await. Suspension happens inside {@link Suspendable}, so these nodes are
 * ordinary tree-walk code; a resumed body may run on another thread, so they re-read
 * {@code f.ts} after every point that can suspend.
 */
public final class Generators {
    private Generators() {}

    public static final class Yield extends ExprNode {
        final ExprNode value;

        public Yield(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            try {
                return Suspendable.yieldValue(f, v);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class YieldFrom extends ExprNode {
        final ExprNode iterable;

        public YieldFrom(ExprNode iterable) {
            this.iterable = iterable;
        }

        @Override
        public Object eval(Frame f) {
            Object it = iterable.eval(f);
            try {
                return Suspendable.yieldFrom(f, it);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class Await extends ExprNode {
        final ExprNode awaitable;

        public Await(ExprNode awaitable) {
            this.awaitable = awaitable;
        }

        @Override
        public Object eval(Frame f) {
            Object a = awaitable.eval(f);
            try {
                return Suspendable.await(f, a, null);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    /** {@code async for}: __aiter__ once, then await __anext__() until StopAsyncIteration. */
    public static final class AsyncFor extends StmtNode {
        final Stmts.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;

        public AsyncFor(Stmts.Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Object iterable = iter.eval(f);
            PyType t = Ops.type(iterable);
            Object aiter = t.lookup("__aiter__");
            if (aiter == null) {
                throw iter.here(f, PyException.typeError("'async for' requires an object with __aiter__ method, got "
                        + t.name));
            }
            Object it;
            try {
                it = Ops.callDescr(f.ts, aiter, iterable, Ops.NO_ARGS);
            } catch (PyException e) {
                throw iter.here(f, e);
            }
            Object anext = Ops.type(it).lookup("__anext__");
            if (anext == null) {
                throw iter.here(f, PyException.typeError("'async for' received an object from __aiter__ that does not "
                        + "implement __anext__: " + Ops.typeName(it)));
            }
            while (true) {
                Object item;
                try {
                    Object awaitable = Ops.callDescr(f.ts, anext, it, Ops.NO_ARGS);
                    item = Suspendable.await(f, awaitable, "'async for' received an invalid object from __anext__: ");
                } catch (PyException e) {
                    if (e.exc.matches(Exc.StopAsyncIteration)) {
                        break;
                    }
                    throw iter.here(f, e);
                }
                target.assign(f, item);
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /** {@code async with}: awaits __aenter__() and __aexit__(...). */
    public static final class AsyncWith extends StmtNode {
        final ExprNode manager;
        final Stmts.Target target;
        final StmtNode body;

        public AsyncWith(ExprNode manager, Stmts.Target target, StmtNode body) {
            this.manager = manager;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            Object mgr = manager.eval(f);
            PyType t = Ops.type(mgr);
            Object enter = t.lookup("__aenter__");
            Object exit = t.lookup("__aexit__");
            if (enter == null) {
                throw manager.here(f, PyException.typeError("'" + t.name
                        + "' object does not support the asynchronous context manager protocol"));
            }
            if (exit == null) {
                throw manager.here(f, PyException.typeError("'" + t.name
                        + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)"));
            }
            Object value;
            try {
                value = Suspendable.await(f, Ops.callDescr(f.ts, enter, mgr, Ops.NO_ARGS),
                        "'async with' received an object from __aenter__ that does not implement __await__: ");
            } catch (PyException e) {
                throw here(f, e);
            }
            int r;
            try {
                if (target != null) {
                    target.assign(f, value);
                }
                r = body.exec(f);
            } catch (PyException e) {
                PyBaseException exc = e.exc;
                Object suppress;
                f.ts.pushHandled(exc);
                try {
                    suppress = Suspendable.await(f, Ops.callDescr(f.ts, exit, mgr, new Object[] {exc.type(), exc,
                            PyBaseException.getTraceback(exc)}),
                            "'async with' received an object from __aexit__ that does not implement __await__: ");
                } catch (PyException inner) {
                    throw here(f, inner);
                } finally {
                    f.ts.popHandled();
                }
                if (Ops.isTrue(f.ts, suppress)) {
                    return NORMAL;
                }
                exc.tbFrame = f;
                throw e;
            }
            try {
                Suspendable.await(f, Ops.callDescr(f.ts, exit, mgr, new Object[] {Singleton.NONE, Singleton.NONE,
                        Singleton.NONE}), "'async with' received an object from __aexit__ that does not implement __await__: ");
            } catch (PyException e) {
                throw here(f, e);
            }
            return r;
        }
    }
}
