package org.pythebo.compiler.nodes;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.Suspendable;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * The statements of a re-entrant generator body (see {@link Suspendable}): the ones on the way
 * to a yield. At a yield the leaf hands its value out and returns {@link StmtNode#SUSPEND}; each
 * node on the way up records in {@code f.resumeAt[slot]} where it stands and returns SUSPEND too.
 * The next resume runs the body from the top: a node with a resume point goes straight back to
 * the child it left (clearing the point), without re-evaluating tests or iterables, and the
 * leaf takes the value sent in (or raises what was thrown in) where the yield stood.
 */
public final class Resumable {
    private Resumable() {}

    /** A statement sequence that can suspend in its statement number {@code resumeAt[slot] - 1}. */
    public static final class Block extends StmtNode {
        final StmtNode[] body;
        final int slot;

        public Block(StmtNode[] body, int slot) {
            this.body = body;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            StmtNode[] b = body;
            int i = 0;
            int at = f.resumeAt[slot];
            if (at != 0) {
                f.resumeAt[slot] = 0;
                i = at - 1;
            }
            try {
                for (; i < b.length; i++) {
                    f.stmt = b[i];
                    int r = b[i].exec(f);
                    if (r != NORMAL) {
                        if (r == SUSPEND) {
                            f.resumeAt[slot] = i + 1;
                        }
                        return r;
                    }
                }
                return NORMAL;
            } catch (PyException e) {
                throw b[i].here(f, e);
            }
        }
    }

    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        public If(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int at = f.resumeAt[slot];
            boolean b;
            if (at != 0) {
                f.resumeAt[slot] = 0;
                b = at == 1;
            } else {
                Object t = test.eval(f);
                b = t instanceof Boolean x ? x : Ops.isTrue(f.ts, t);
            }
            StmtNode branch = b ? body : orelse;
            if (branch == null) {
                return NORMAL;
            }
            int r = branch.exec(f);
            if (r == SUSPEND) {
                f.resumeAt[slot] = b ? 1 : 2;
            }
            return r;
        }
    }

    public static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        public While(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int at = f.resumeAt[slot];
            if (at == 2) {
                return resumeElse(f);
            }
            boolean resuming = at == 1;
            while (true) {
                if (resuming) {
                    f.resumeAt[slot] = 0;
                    resuming = false;
                } else {
                    Object t = test.eval(f);
                    if (!(t instanceof Boolean x ? x : Ops.isTrue(f.ts, t))) {
                        break;
                    }
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                if (r == SUSPEND) {
                    f.resumeAt[slot] = 1;
                    return r;
                }
                if (f.ts.signalPending) {
                    f.ts.runSignalHandlers();
                }
            }
            return orelse == null ? NORMAL : runElse(f);
        }

        private int resumeElse(Frame f) {
            f.resumeAt[slot] = 0;
            return runElse(f);
        }

        private int runElse(Frame f) {
            int r = orelse.exec(f);
            if (r == SUSPEND) {
                f.resumeAt[slot] = 2;
            }
            return r;
        }
    }

    /** A for loop whose iterator waits in {@code resumeState[slot]} while the body is suspended. */
    public static final class For extends StmtNode {
        final Stmts.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        public For(Stmts.Target target, ExprNode iter, StmtNode body, StmtNode orelse, int slot) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int at = f.resumeAt[slot];
            PyIterator it;
            boolean resuming = false;
            if (at == 2) {
                f.resumeAt[slot] = 0;
                return runElse(f);
            }
            if (at == 1) {
                f.resumeAt[slot] = 0;
                it = (PyIterator) f.resumeState[slot];
                f.resumeState[slot] = null;
                resuming = true;
            } else {
                it = Ops.iter(f.ts, iter.eval(f));
            }
            while (true) {
                if (resuming) {
                    resuming = false;
                } else {
                    Object item = it.next(f.ts);
                    if (item == null) {
                        break;
                    }
                    target.assign(f, item);
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                if (r == SUSPEND) {
                    f.resumeAt[slot] = 1;
                    f.resumeState[slot] = it;
                    return r;
                }
                if (f.ts.signalPending) {
                    f.ts.runSignalHandlers();
                }
            }
            return orelse == null ? NORMAL : runElse(f);
        }

        private int runElse(Frame f) {
            int r = orelse.exec(f);
            if (r == SUSPEND) {
                f.resumeAt[slot] = 2;
            }
            return r;
        }
    }

    /** A with statement (one manager) whose manager and __exit__ wait in the frame while the body is suspended. */
    public static final class With extends StmtNode {
        final ExprNode manager;
        final Stmts.Target target;
        final StmtNode body;
        final int slot;

        public With(ExprNode manager, Stmts.Target target, StmtNode body, int slot) {
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            Object mgr;
            Object exit;
            boolean resuming = f.resumeAt[slot] != 0;
            if (resuming) {
                Object[] saved = (Object[]) f.resumeState[slot];
                f.resumeAt[slot] = 0;
                f.resumeState[slot] = null;
                mgr = saved[0];
                exit = saved[1];
            } else {
                mgr = manager.eval(f);
                exit = Stmts.With.exitOf(f, manager, mgr);
            }
            int r;
            try {
                if (!resuming) {
                    Object value = Stmts.With.enter(f, this, mgr);
                    if (target != null) {
                        target.assign(f, value);
                    }
                }
                r = body.exec(f);
            } catch (PyException e) {
                return Stmts.With.exitOnError(f, this, mgr, exit, e);
            }
            if (r == SUSPEND) {
                f.resumeAt[slot] = 1;
                f.resumeState[slot] = new Object[] {mgr, exit};
                return r;
            }
            Stmts.With.exitNormally(f, this, mgr, exit);
            return r;
        }
    }

    /**
     * {@code yield value}, {@code targets = yield value}, {@code yield from it} or
     * {@code targets = yield from it} as a statement: the leaf where a re-entrant body suspends.
     */
    public static final class Yield extends StmtNode {
        final ExprNode value;
        /** Where the value sent in (or the yield from's result) goes, or null to drop it. */
        final Stmts.Target[] targets;
        final boolean from;
        final int slot;

        public Yield(ExprNode value, Stmts.Target[] targets, boolean from, int slot) {
            this.value = value;
            this.targets = targets;
            this.from = from;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            return from ? yieldFrom(f) : yieldValue(f);
        }

        private int yieldValue(Frame f) {
            if (f.resumeAt[slot] == 0) {
                Suspendable.offer(f, value == null ? Singleton.NONE : value.eval(f));
                f.resumeAt[slot] = 1;
                return SUSPEND;
            }
            f.resumeAt[slot] = 0;
            Object sent;
            try {
                sent = Suspendable.received(f);
            } catch (PyException e) {
                throw here(f, e);
            }
            store(f, sent);
            return NORMAL;
        }

        private int yieldFrom(Frame f) {
            Object sub;
            boolean first = f.resumeAt[slot] == 0;
            if (first) {
                Object iterable = value.eval(f);
                try {
                    sub = Suspendable.delegateFor(f, iterable);
                } catch (PyException e) {
                    throw here(f, e);
                }
            } else {
                sub = f.resumeState[slot];
                f.resumeAt[slot] = 0;
                f.resumeState[slot] = null;
            }
            Object y;
            try {
                y = Suspendable.delegateStep(f, sub, first);
            } catch (PyException e) {
                throw here(f, e);
            }
            if (y != null) {
                Suspendable.offer(f, y);
                f.resumeAt[slot] = 1;
                f.resumeState[slot] = sub;
                return SUSPEND;
            }
            store(f, Suspendable.delegateResult(f));
            return NORMAL;
        }

        private void store(Frame f, Object v) {
            if (targets != null) {
                for (Stmts.Target t : targets) {
                    t.assign(f, v);
                }
            }
        }
    }

    /**
     * The loops of a generator expression (no async for) as a re-entrant body: each suspension
     * leaves the iterators of all levels in {@code resumeState[0]}; a resume continues with the
     * innermost loop's next item.
     */
    public static final class GenExp extends StmtNode {
        final Stmts.Target[] targets;
        /** The iterables of the inner loops (index 0 unused: the frame's argument). */
        final ExprNode[] iters;
        final ExprNode[][] conditions;
        final ExprNode elt;

        public GenExp(Stmts.Target[] targets, ExprNode[] iters, ExprNode[][] conditions, ExprNode elt) {
            this.targets = targets;
            this.iters = iters;
            this.conditions = conditions;
            this.elt = elt;
        }

        @Override
        public int exec(Frame f) {
            PyIterator[] its;
            boolean resuming = f.resumeAt[0] != 0;
            if (resuming) {
                f.resumeAt[0] = 0;
                its = (PyIterator[]) f.resumeState[0];
                try {
                    Suspendable.received(f);
                } catch (PyException e) {
                    throw here(f, e);
                }
            } else {
                its = new PyIterator[targets.length];
                its[0] = (PyIterator) f.locals[0];
                f.resumeState[0] = its;
            }
            int r = loop(f, its, 0, resuming);
            if (r == SUSPEND) {
                f.resumeAt[0] = 1;
            } else {
                f.resumeState[0] = null;
            }
            return r;
        }

        private int loop(Frame f, PyIterator[] its, int level, boolean resuming) {
            int last = targets.length - 1;
            if (resuming && level < last) {
                if (loop(f, its, level + 1, true) == SUSPEND) {
                    return SUSPEND;
                }
            }
            PyIterator it = its[level];
            for (Object item = it.next(f.ts); item != null; item = it.next(f.ts)) {
                targets[level].assign(f, item);
                if (!passes(f, conditions[level])) {
                    continue;
                }
                if (level < last) {
                    Object inner = iters[level + 1].eval(f);
                    try {
                        its[level + 1] = Ops.iter(f.ts, inner);
                    } catch (PyException e) {
                        throw iters[level + 1].here(f, e);
                    }
                    if (loop(f, its, level + 1, false) == SUSPEND) {
                        return SUSPEND;
                    }
                    continue;
                }
                Suspendable.offer(f, elt.eval(f));
                return SUSPEND;
            }
            return NORMAL;
        }

        private static boolean passes(Frame f, ExprNode[] conditions) {
            for (ExprNode c : conditions) {
                Object t = c.eval(f);
                if (!(t instanceof Boolean b ? b : Ops.isTrue(f.ts, t))) {
                    return false;
                }
            }
            return true;
        }
    }
}
