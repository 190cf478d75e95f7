package org.pythebo.compiler.nodes;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/** The statement nodes and assignment targets. */
public final class Stmts {
    private Stmts() {}

    // ---- assignment targets ----

    /** Where a value goes: a name, an attribute, an item, or an unpacking. */
    public abstract static class Target extends Node {
        public abstract void assign(Frame f, Object value);

        public abstract void delete(Frame f);
    }

    public static final class NameTarget extends Target {
        final Names.Store store;

        public NameTarget(Names.Store store) {
            this.store = store;
        }

        @Override
        public void assign(Frame f, Object value) { store.store(f, value); }

        @Override
        public void delete(Frame f) {
            try {
                store.delete(f);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class AttrTarget extends Target {
        final ExprNode obj;
        final String name;

        public AttrTarget(ExprNode obj, String name) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        public void assign(Frame f, Object value) {
            Object o = obj.eval(f);
            try {
                Ops.setAttr(f.ts, o, name, value);
            } catch (PyException e) {
                throw here(f, e);
            }
        }

        @Override
        public void delete(Frame f) {
            Object o = obj.eval(f);
            try {
                Ops.delAttr(f.ts, o, name);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class ItemTarget extends Target {
        final ExprNode obj;
        final ExprNode index;

        public ItemTarget(ExprNode obj, ExprNode index) {
            this.obj = obj;
            this.index = index;
        }

        @Override
        public void assign(Frame f, Object value) {
            Object o = obj.eval(f);
            Object k = index.eval(f);
            try {
                Ops.setItem(f.ts, o, k, value);
            } catch (PyException e) {
                throw here(f, e);
            }
        }

        @Override
        public void delete(Frame f) {
            Object o = obj.eval(f);
            Object k = index.eval(f);
            try {
                Ops.delItem(f.ts, o, k);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    /** {@code a, *b, c = value}. */
    public static final class UnpackTarget extends Target {
        final Target[] targets;
        /** Index of the starred target, or -1. */
        final int star;

        public UnpackTarget(Target[] targets, int star) {
            this.targets = targets;
            this.star = star;
        }

        @Override
        public void assign(Frame f, Object value) {
            if (star < 0 && value instanceof PyTuple t && t.size() == targets.length) {
                // The common "for k, v in pairs": a tuple is immutable, so no snapshot is needed.
                for (int i = 0; i < targets.length; i++) {
                    targets[i].assign(f, t.get(i));
                }
                return;
            }
            Object[] items;
            try {
                items = unpack(f.ts, value);
            } catch (PyException e) {
                throw here(f, e);
            }
            if (star < 0) {
                for (int i = 0; i < targets.length; i++) {
                    targets[i].assign(f, items[i]);
                }
                return;
            }
            int after = targets.length - star - 1;
            for (int i = 0; i < star; i++) {
                targets[i].assign(f, items[i]);
            }
            Object[] middle = java.util.Arrays.copyOfRange(items, star, items.length - after);
            targets[star].assign(f, new PyList(middle));
            for (int i = 0; i < after; i++) {
                targets[star + 1 + i].assign(f, items[items.length - after + i]);
            }
        }

        private Object[] unpack(ThreadState ts, Object value) {
            int n = targets.length;
            Object[] items;
            if (value instanceof PyTuple t) {
                items = t.toArray();
            } else if (value instanceof PyList l) {
                items = l.toArray();
            } else {
                PyIterator it;
                try {
                    it = Ops.iter(ts, value);
                } catch (PyException e) {
                    if (e.exc.matches(Exc.TypeError) && Ops.type(value).lookup("__iter__") == null) {
                        throw PyException.typeError("cannot unpack non-iterable " + Ops.typeName(value) + " object");
                    }
                    throw e;
                }
                if (star < 0) {
                    items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = it.next(ts);
                        if (v == null) {
                            throw PyException.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                        }
                        items[i] = v;
                    }
                    if (it.next(ts) != null) {
                        throw PyException.valueError("too many values to unpack (expected " + n + ")");
                    }
                    return items;
                }
                items = Ops.toArray(ts, it);
            }
            if (star < 0) {
                if (items.length > n) {
                    throw PyException.valueError("too many values to unpack (expected " + n + ")");
                }
                if (items.length < n) {
                    throw PyException.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
                }
            } else if (items.length < n - 1) {
                throw PyException.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                        + items.length + ")");
            }
            return items;
        }

        @Override
        public void delete(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
        }
    }

    // ---- statements ----

    /**
     * A statement sequence. When an exception leaves one of its statements, the statement's line
     * joins the traceback unless a node inside it already recorded a finer position.
     */
    public static final class Block extends StmtNode {
        final StmtNode[] body;

        public Block(StmtNode[] body) {
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            StmtNode[] b = body;
            int i = 0;
            try {
                for (; i < b.length; i++) {
                    f.stmt = b[i];
                    int r = b[i].exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            } catch (PyException e) {
                throw b[i].here(f, e);
            }
        }
    }

    public static final class ExprStmt extends StmtNode {
        final ExprNode value;

        public ExprStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    public static final class Assign extends StmtNode {
        final Target[] targets;
        final ExprNode value;

        public Assign(Target[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    /** {@code target op= value}: the target's container and key are evaluated once. */
    public static final class AugAssign extends StmtNode {
        final ExprNode load;
        final Names.Store store;
        final ExprNode obj;
        final String attr;
        final ExprNode index;
        final Arith.Op op;
        final ExprNode value;

        /** For a name: its load node and store. */
        public AugAssign(ExprNode load, Names.Store store, Arith.Op op, ExprNode value) {
            this(load, store, null, null, null, op, value);
        }

        /** For obj.attr (index null) or obj[index] (attr null). */
        public AugAssign(ExprNode obj, String attr, ExprNode index, Arith.Op op, ExprNode value) {
            this(null, null, obj, attr, index, op, value);
        }

        private AugAssign(ExprNode load, Names.Store store, ExprNode obj, String attr, ExprNode index, Arith.Op op,
                          ExprNode value) {
            this.load = load;
            this.store = store;
            this.obj = obj;
            this.attr = attr;
            this.index = index;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            if (load != null) {
                Object cur = load.eval(f);
                Object v = value.eval(f);
                store.store(f, apply(f, cur, v));
                return NORMAL;
            }
            Object o = obj.eval(f);
            if (index == null) {
                Object cur;
                try {
                    cur = Ops.getAttr(f.ts, o, attr);
                } catch (PyException e) {
                    throw here(f, e);
                }
                Object v = value.eval(f);
                Object r = apply(f, cur, v);
                try {
                    Ops.setAttr(f.ts, o, attr, r);
                } catch (PyException e) {
                    throw here(f, e);
                }
                return NORMAL;
            }
            Object k = index.eval(f);
            Object cur;
            try {
                cur = Ops.getItem(f.ts, o, k);
            } catch (PyException e) {
                throw here(f, e);
            }
            Object v = value.eval(f);
            Object r = apply(f, cur, v);
            try {
                Ops.setItem(f.ts, o, k, r);
            } catch (PyException e) {
                throw here(f, e);
            }
            return NORMAL;
        }

        private Object apply(Frame f, Object cur, Object v) {
            if (op == Arith.Op.ADD && cur instanceof Long x && v instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return r;
                }
            }
            try {
                return Arith.inplace(f.ts, cur, v, op);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class Pass extends StmtNode {
        @Override
        public int exec(Frame f) { return NORMAL; }
    }

    public static final class Break extends StmtNode {
        @Override
        public int exec(Frame f) { return BREAK; }
    }

    public static final class Continue extends StmtNode {
        @Override
        public int exec(Frame f) { return CONTINUE; }
    }

    public static final class Return extends StmtNode {
        final ExprNode value;

        public Return(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.returnValue = value == null ? Singleton.NONE : value.eval(f);
            return RETURN;
        }
    }

    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        public If(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Object t = test.eval(f);
            boolean b = t instanceof Boolean x ? x : Ops.isTrue(f.ts, t);
            if (b) {
                return body.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        public While(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            while (true) {
                Object t = test.eval(f);
                if (!(t instanceof Boolean x ? x : Ops.isTrue(f.ts, t))) {
                    break;
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                if (f.ts.signalPending) {
                    f.ts.runSignalHandlers();
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class For extends StmtNode {
        final Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;

        public For(Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Object iterable = iter.eval(f);
            PyIterator it = Ops.iter(f.ts, iterable);
            while (true) {
                Object item = it.next(f.ts);
                if (item == null) {
                    break;
                }
                target.assign(f, item);
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                if (f.ts.signalPending) {
                    f.ts.runSignalHandlers();
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        public Raise(ExprNode exc, ExprNode cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(Frame f) {
            if (exc == null) {
                PyBaseException current = f.ts.currentHandled();
                if (current == null) {
                    throw PyException.runtimeError("No active exception to reraise");
                }
                // A bare raise continues the same pass: the traceback keeps its original entry.
                current.tbFrame = f;
                throw new PyException(current);
            }
            PyBaseException e = instantiate(f.ts, exc.eval(f), false);
            if (cause != null) {
                Object c = cause.eval(f);
                e.cause = c == Singleton.NONE ? null : instantiate(f.ts, c, true);
                e.suppressContext = true;
            }
            PyBaseException handled = f.ts.currentHandled();
            if (handled != null && handled != e) {
                e.context = handled;
            }
            e.tbFrame = null;
            throw new PyException(e);
        }

        static PyBaseException instantiate(ThreadState ts, Object v, boolean isCause) {
            if (v instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
                Object inst = Ops.call(ts, t, Ops.NO_ARGS, null);
                if (!(inst instanceof PyBaseException pe)) {
                    throw PyException.typeError("calling " + Ops.repr(ts, t) + " should have returned an instance of "
                            + "BaseException, not " + Ops.typeName(inst));
                }
                return pe;
            }
            if (v instanceof PyBaseException pe) {
                return pe;
            }
            throw PyException.typeError(isCause ? "exception causes must derive from BaseException"
                    : "exceptions must derive from BaseException");
        }
    }

    /** One {@code except} clause. */
    public static final class Handler extends Node {
        final ExprNode type;
        final Names.Store name;
        final StmtNode body;

        public Handler(ExprNode type, Names.Store name, StmtNode body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }

        boolean matches(Frame f, PyBaseException exc) {
            if (type == null) {
                return true;
            }
            Object t = type.eval(f);
            if (t instanceof PyTuple tuple) {
                for (Object o : tuple.toArray()) {
                    if (matchesOne(f, exc, o)) {
                        return true;
                    }
                }
                return false;
            }
            return matchesOne(f, exc, t);
        }

        private boolean matchesOne(Frame f, PyBaseException exc, Object t) {
            if (!(t instanceof PyType pt) || !pt.isSubtypeOf(Exc.BaseException)) {
                throw here(f, PyException.typeError("catching classes that do not inherit from BaseException is not allowed"));
            }
            return exc.matches(pt);
        }
    }

    /** try/except/else/finally; return, break and continue in finally override a pending exception. */
    public static final class Try extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;
        final StmtNode finalbody;

        public Try(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(Frame f) {
            if (finalbody == null) {
                return execExcept(f);
            }
            int r;
            try {
                r = execExcept(f);
                if (r == SUSPEND) {
                    // A re-entrant generator yielded inside the body: the finally runs later.
                    return r;
                }
            } catch (PyException e) {
                f.ts.pushHandled(e.exc);
                int fr;
                try {
                    fr = finalbody.exec(f);
                } finally {
                    f.ts.popHandled();
                }
                if (fr != NORMAL) {
                    return fr;
                }
                e.exc.tbFrame = f;
                throw e;
            }
            Object saved = f.returnValue;
            int fr = finalbody.exec(f);
            if (fr != NORMAL) {
                return fr;
            }
            f.returnValue = saved;
            return r;
        }

        private int execExcept(Frame f) {
            if (handlers.length == 0) {
                return body.exec(f);
            }
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                return handle(f, e);
            }
            if (orelse != null && r == NORMAL) {
                return orelse.exec(f);
            }
            return r;
        }

        private int handle(Frame f, PyException e) {
            PyBaseException exc = e.exc;
            for (Handler h : handlers) {
                boolean match;
                f.ts.pushHandled(exc);
                try {
                    match = h.matches(f, exc);
                } finally {
                    f.ts.popHandled();
                }
                if (!match) {
                    continue;
                }
                exc.tbFrame = null;
                f.ts.pushHandled(exc);
                try {
                    if (h.name != null) {
                        h.name.store(f, exc);
                    }
                    return h.body.exec(f);
                } finally {
                    f.ts.popHandled();
                    if (h.name != null) {
                        // CPython's "finally: name = None; del name": a namespace mapping sees both.
                        h.name.store(f, Singleton.NONE);
                        try {
                            h.name.delete(f);
                        } catch (PyException ignored) {
                            // The handler deleted the name itself; CPython ignores that too.
                        }
                    }
                }
            }
            throw e;
        }
    }

    public static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        public Assert(ExprNode test, ExprNode msg) {
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(Frame f) {
            if (!Ops.isTrue(f.ts, test.eval(f))) {
                Object m = msg == null ? null : msg.eval(f);
                PyBaseException e = new PyBaseException(Exc.AssertionError, m == null ? PyTuple.EMPTY : PyTuple.of(m));
                PyException raised = new PyException(e);
                // CPython 3.11 points at the test when it is a comparison, else at the statement.
                throw test instanceof Exprs.Cmp || test instanceof Exprs.ChainedCmp ? test.here(f, raised) : raised;
            }
            return NORMAL;
        }
    }

    public static final class Delete extends StmtNode {
        final Target[] targets;

        public Delete(Target[] targets) {
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    /** {@code with a as x, b:}: nested context managers. */
    public static final class With extends StmtNode {
        final ExprNode manager;
        final Target target;
        final StmtNode body;

        public With(ExprNode manager, Target target, StmtNode body) {
            this.manager = manager;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            Object mgr = manager.eval(f);
            Object exit = exitOf(f, manager, mgr);
            Object value = enter(f, this, mgr);
            int r;
            try {
                if (target != null) {
                    target.assign(f, value);
                }
                r = body.exec(f);
            } catch (PyException e) {
                return exitOnError(f, this, mgr, exit, e);
            }
            exitNormally(f, this, mgr, exit);
            return r;
        }

        /** The manager's __exit__ (looked up on its type, before __enter__ runs), or CPython's TypeError. */
        static Object exitOf(Frame f, ExprNode manager, Object mgr) {
            PyType t = Ops.type(mgr);
            if (t.lookup("__enter__") == null) {
                throw manager.here(f, PyException.typeError("'" + t.name + "' object does not support the context manager protocol"));
            }
            Object exit = t.lookup("__exit__");
            if (exit == null) {
                throw manager.here(f, PyException.typeError("'" + t.name
                        + "' object does not support the context manager protocol (missed __exit__ method)"));
            }
            return exit;
        }

        static Object enter(Frame f, Node at, Object mgr) {
            try {
                return Ops.callDescr(f.ts, Ops.type(mgr).lookup("__enter__"), mgr, Ops.NO_ARGS);
            } catch (PyException e) {
                throw at.here(f, e);
            }
        }

        /** __exit__ with the exception that left the body: NORMAL when it suppresses it, else rethrows. */
        static int exitOnError(Frame f, Node at, Object mgr, Object exit, PyException e) {
            PyBaseException exc = e.exc;
            Object suppress;
            f.ts.pushHandled(exc);
            try {
                suppress = Ops.callDescr(f.ts, exit, mgr, new Object[] {exc.type(), exc,
                        PyBaseException.getTraceback(exc)});
            } catch (PyException inner) {
                throw at.here(f, inner);
            } finally {
                f.ts.popHandled();
            }
            if (Ops.isTrue(f.ts, suppress)) {
                return NORMAL;
            }
            exc.tbFrame = f;
            throw e;
        }

        static void exitNormally(Frame f, Node at, Object mgr, Object exit) {
            try {
                Ops.callDescr(f.ts, exit, mgr, new Object[] {Singleton.NONE, Singleton.NONE, Singleton.NONE});
            } catch (PyException e) {
                throw at.here(f, e);
            }
        }
    }

    /**
     * A class statement, run as CPython runs it: builtins.__build_class__ is called with the body
     * as a function, the name, the bases and the keywords ({@link org.pythebo.runtime.objects.BuildClass}
     * unless the program replaced it); then the decorators apply and the name is bound.
     */
    public static final class ClassDef extends StmtNode {
        final String name;
        final Exprs.MakeFunction body;
        /** The bases; a Starred node unpacks. */
        final ExprNode[] bases;
        /** Keyword names; null for a {@code **mapping}. */
        final String[] kwnames;
        final ExprNode[] kwvalues;
        final ExprNode[] decorators;
        final Target target;

        public ClassDef(String name, Exprs.MakeFunction body, ExprNode[] bases, String[] kwnames, ExprNode[] kwvalues,
                        ExprNode[] decorators, Target target) {
            this.name = name;
            this.body = body;
            this.bases = bases;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            Object[] decos = Exprs.evalAll(f, decorators);
            Globals builtins = f.globals.builtins != null ? f.globals.builtins : f.globals;
            Object build = builtins.get("__build_class__");
            if (build == null) {
                throw here(f, PyException.of(Exc.NameError, "__build_class__ not found"));
            }
            List<Object> args = new ArrayList<>();
            args.add(body.eval(f));
            args.add(name);
            for (ExprNode b : bases) {
                if (b instanceof Exprs.Starred s) {
                    addStarred(f, args, s.value.eval(f));
                } else {
                    args.add(b.eval(f));
                }
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < kwnames.length; i++) {
                Object v = kwvalues[i].eval(f);
                if (kwnames[i] != null) {
                    addKeyword(f, build, args, names, kwnames[i], v);
                } else {
                    addMapping(f, build, args, names, v);
                }
            }
            Object cls;
            try {
                cls = Ops.call(f.ts, build, args.toArray(), names.isEmpty() ? null : names.toArray(new String[0]));
                for (int i = decos.length - 1; i >= 0; i--) {
                    cls = Ops.call(f.ts, decos[i], cls);
                }
            } catch (PyException e) {
                throw here(f, e);
            }
            target.assign(f, cls);
            return NORMAL;
        }

        private void addStarred(Frame f, List<Object> args, Object iterable) {
            try {
                args.addAll(List.of(Ops.toArray(f.ts, iterable)));
            } catch (PyException e) {
                PyType t = Ops.type(iterable);
                if (e.exc.matches(Exc.TypeError) && t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
                    throw here(f, PyException.typeError("Value after * must be an iterable, not " + t.name));
                }
                throw here(f, e);
            }
        }

        /** {@code **mapping} among the keywords: its keys must be str and new. */
        private void addMapping(Frame f, Object build, List<Object> args, List<String> names, Object mapping) {
            Object[] keys;
            if (mapping instanceof PyDict d) {
                keys = d.keys();
            } else {
                try {
                    keys = Ops.toArray(f.ts, Ops.callMethod(f.ts, mapping, "keys"));
                } catch (PyException e) {
                    if (e.exc.matches(Exc.AttributeError)) {
                        throw here(f, PyException.typeError(Exprs.CallEx.funcName(build)
                                + " argument after ** must be a mapping, not " + Ops.typeName(mapping)));
                    }
                    throw here(f, e);
                }
            }
            for (Object k : keys) {
                Object v;
                try {
                    v = Ops.getItem(f.ts, mapping, k);
                } catch (PyException e) {
                    throw here(f, e);
                }
                addKeyword(f, build, args, names, k, v);
            }
        }

        private void addKeyword(Frame f, Object build, List<Object> args, List<String> names, Object key, Object v) {
            if (!(PyValueInstance.unwrap(key) instanceof String k)) {
                throw here(f, PyException.typeError("keywords must be strings"));
            }
            if (names.contains(k)) {
                throw here(f, PyException.typeError(Exprs.CallEx.funcName(build)
                        + " got multiple values for keyword argument '" + k + "'"));
            }
            names.add(k);
            args.add(v);
        }
    }

    /** A statement whose support has not arrived yet: raises when reached, not at compile time. */
    public static final class Unsupported extends StmtNode {
        final String what;

        public Unsupported(String what) {
            this.what = what;
        }

        @Override
        public int exec(Frame f) {
            throw PyException.of(Exc.NotImplementedError, what + " is not supported yet");
        }
    }
}
