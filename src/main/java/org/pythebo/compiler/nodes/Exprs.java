package org.pythebo.compiler.nodes;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyFrozenSet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Formatter;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyInstance;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.weakref.PyWeakProxy;

/** The expression nodes. */
public final class Exprs {
    private Exprs() {}

    public static final class Const extends ExprNode {
        final Object value;

        public Const(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) { return value; }
    }

    public static final class Add extends ExprNode {
        final ExprNode left;
        final ExprNode right;

        public Add(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return r;
                }
            }
            try {
                return Arith.add(f.ts, a, b);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class Sub extends ExprNode {
        final ExprNode left;
        final ExprNode right;

        public Sub(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) {
                    return r;
                }
            }
            try {
                return Arith.sub(f.ts, a, b);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class BinOp extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final Arith.Op op;

        public BinOp(ExprNode left, Arith.Op op, ExprNode right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            try {
                return Arith.binary(f.ts, a, b, op);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class Unary extends ExprNode {
        public enum Kind { NOT, NEG, POS, INVERT }

        final Kind kind;
        final ExprNode operand;

        public Unary(Kind kind, ExprNode operand) {
            this.kind = kind;
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            Object v = operand.eval(f);
            try {
                return switch (kind) {
                    case NOT -> Ops.bool(!Ops.isTrue(f.ts, v));
                    case NEG -> Arith.neg(f.ts, v);
                    case POS -> Arith.pos(f.ts, v);
                    case INVERT -> Arith.invert(f.ts, v);
                };
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class And extends ExprNode {
        final ExprNode[] values;

        public And(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (!Ops.isTrue(f.ts, v)) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class Or extends ExprNode {
        final ExprNode[] values;

        public Or(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (Ops.isTrue(f.ts, v)) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        public IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object eval(Frame f) {
            return Ops.isTrue(f.ts, test.eval(f)) ? body.eval(f) : orelse.eval(f);
        }
    }

    /** One comparison operator: 0-5 rich comparisons, then is, is not, in, not in. */
    public static Object compare(ThreadState ts, int op, Object a, Object b) {
        return switch (op) {
            case 6 -> Ops.bool(Compare.is(a, b));
            case 7 -> Ops.bool(!Compare.is(a, b));
            case 8 -> Ops.bool(Ops.contains(ts, b, a));
            case 9 -> Ops.bool(!Ops.contains(ts, b, a));
            default -> Compare.richCompare(ts, a, b, op);
        };
    }

    public static final class Cmp extends ExprNode {
        final ExprNode left;
        final int op;
        final ExprNode right;

        public Cmp(ExprNode left, int op, ExprNode right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long p = x;
                long q = y;
                switch (op) {
                    case Compare.LT: return p < q;
                    case Compare.LE: return p <= q;
                    case Compare.EQ: return p == q;
                    case Compare.NE: return p != q;
                    case Compare.GT: return p > q;
                    case Compare.GE: return p >= q;
                    default: break;
                }
            }
            try {
                return compare(f.ts, op, a, b);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    /** {@code a < b < c}: each middle operand evaluated once, stopping at the first false. */
    public static final class ChainedCmp extends ExprNode {
        final ExprNode[] operands;
        final int[] ops;

        public ChainedCmp(ExprNode[] operands, int[] ops) {
            this.operands = operands;
            this.ops = ops;
        }

        @Override
        public Object eval(Frame f) {
            Object a = operands[0].eval(f);
            Object r = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object b = operands[i + 1].eval(f);
                try {
                    r = compare(f.ts, ops[i], a, b);
                } catch (PyException e) {
                    throw here(f, e);
                }
                if (i < ops.length - 1 && !Ops.isTrue(f.ts, r)) {
                    return r;
                }
                a = b;
            }
            return r;
        }
    }

    // ---- attributes ----

    /** What an attribute site saw last: the type's version token and the MRO lookup result. */
    record AttrCache(Object version, Object descr, boolean data) {}

    /**
     * {@code obj.name}: an inline cache keyed on the type's version token holds the MRO lookup, so
     * a hit costs one identity compare plus the instance-dict probe.
     */
    public static final class Attribute extends ExprNode {
        final ExprNode value;
        final String name;
        private AttrCache cache;

        public Attribute(ExprNode value, String name) {
            this.value = value;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object obj = value.eval(f);
            try {
                return load(f.ts, obj);
            } catch (PyException e) {
                throw here(f, e);
            }
        }

        Object load(ThreadState ts, Object obj) {
            if (obj instanceof PyInstance inst) {
                PyType t = inst.type();
                Object version = t.version();
                AttrCache c = cache;
                if (c == null || c.version() != version) {
                    c = refill(t, version);
                }
                if (c != null) {
                    Object d = c.descr();
                    if (!c.data()) {
                        Object v = inst.dict().get(ts, name);
                        if (v != null) {
                            return v;
                        }
                        if (d == null) {
                            return Ops.getAttr(ts, obj, name);
                        }
                    }
                    return Ops.bindDescriptor(ts, d, obj, t);
                }
            }
            return Ops.getAttr(ts, obj, name);
        }

        /** A cache entry for a plain class (default __getattribute__, no __getattr__), or null. */
        private AttrCache refill(PyType t, Object version) {
            if (!(t.lookup("__getattribute__") instanceof PyMethodDescr) || t.lookup("__getattr__") != null) {
                return null;
            }
            Object d = t.lookup(name);
            AttrCache c = new AttrCache(version, d, d != null && Ops.overridesInstanceDict(d));
            cache = c;
            return c;
        }
    }

    // ---- calls ----

    static Object[] evalAll(Frame f, ExprNode[] nodes) {
        int n = nodes.length;
        if (n == 0) {
            return Ops.NO_ARGS;
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = nodes[i].eval(f);
        }
        return out;
    }

    /** {@code f(a, b, k=v)}: positional then keyword values, vectorcall style. */
    public static final class Call extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final String[] kwnames;

        public Call(ExprNode func, ExprNode[] args, String[] kwnames) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public Object eval(Frame f) {
            Object fn = func.eval(f);
            Object[] a = evalAll(f, args);
            try {
                return Ops.call(f.ts, fn, a, kwnames);
            } catch (PyException e) {
                throw here(f, e);
            } catch (StackOverflowError e) {
                throw here(f, PyException.of(org.pythebo.runtime.exceptions.Exc.RecursionError, "maximum recursion depth exceeded"));
            }
        }
    }

    /**
     * {@code obj.name(args)} without a bound-method object (CPython's LOAD_METHOD): a cached MRO
     * lookup by type version, and a function or built-in method found there is called with obj as
     * its first argument, unless the instance dict shadows the name.
     */
    public static final class CallMethod extends ExprNode {
        final ExprNode obj;
        final String name;
        final ExprNode[] args;
        final String[] kwnames;
        final Node attrNode;
        private AttrCache cache;

        public CallMethod(ExprNode obj, String name, ExprNode[] args, String[] kwnames, Node attrNode) {
            this.obj = obj;
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
            this.attrNode = attrNode;
        }

        @Override
        public Object eval(Frame f) {
            Object self = obj.eval(f);
            Object method = null;
            if (!(self instanceof PyType) && !(self instanceof org.pythebo.runtime.objects.PySuper)
                    && !PyWeakProxy.forwardsAttributes(self)) {
                PyType t = Ops.type(self);
                Object version = t.version();
                AttrCache c = cache;
                if (c == null || c.version() != version) {
                    Object d = t.lookup("__getattribute__") instanceof PyMethodDescr ? t.lookup(name) : null;
                    c = new AttrCache(version, d, d != null && Ops.overridesInstanceDict(d));
                    cache = c;
                }
                Object d = c.descr();
                if ((d instanceof PyFunction || d instanceof PyMethodDescr)
                        && !(self instanceof HasDict hd && hd.dict().get(f.ts, name) != null)) {
                    method = d;
                }
            }
            if (method == null) {
                Object callee;
                try {
                    callee = Ops.getAttr(f.ts, self, name);
                } catch (PyException e) {
                    throw attrNode.here(f, e);
                }
                Object[] a = evalAll(f, args);
                try {
                    return Ops.call(f.ts, callee, a, kwnames);
                } catch (PyException e) {
                    throw here(f, e);
                } catch (StackOverflowError e) {
                    throw here(f, PyException.of(org.pythebo.runtime.exceptions.Exc.RecursionError, "maximum recursion depth exceeded"));
                }
            }
            Object[] a = evalAll(f, args);
            try {
                if (method instanceof PyFunction fn) {
                    return fn.callWithSelf(f.ts, self, a, kwnames);
                }
                return ((PyMethodDescr) method).callMethod(f.ts, self, a, kwnames);
            } catch (PyException e) {
                throw here(f, e);
            } catch (StackOverflowError e) {
                throw here(f, PyException.of(org.pythebo.runtime.exceptions.Exc.RecursionError, "maximum recursion depth exceeded"));
            }
        }
    }

    /** A call with *args or **kwargs: the arguments are collected first. */
    public static final class CallEx extends ExprNode {
        final ExprNode func;
        /** Positional parts; a Starred node unpacks. */
        final ExprNode[] args;
        /** Keyword parts: a name, or null for **mapping. */
        final String[] kwnames;
        final ExprNode[] kwvalues;

        public CallEx(ExprNode func, ExprNode[] args, String[] kwnames, ExprNode[] kwvalues) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
        }

        @Override
        public Object eval(Frame f) {
            Object fn = func.eval(f);
            List<Object> pos = new ArrayList<>();
            for (ExprNode a : args) {
                if (a instanceof Starred s) {
                    Object it = s.value.eval(f);
                    try {
                        for (Object o : Ops.toArray(f.ts, it)) {
                            pos.add(o);
                        }
                    } catch (PyException e) {
                        if (e.exc.matches(org.pythebo.runtime.exceptions.Exc.TypeError) && Ops.type(it).lookup("__iter__") == null) {
                            throw here(f, PyException.typeError(funcName(fn) + " argument after * must be an iterable, not "
                                    + Ops.typeName(it)));
                        }
                        throw here(f, e);
                    }
                } else {
                    pos.add(a.eval(f));
                }
            }
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i] != null) {
                    addKeyword(f, fn, names, values, kwnames[i], kwvalues[i].eval(f));
                    continue;
                }
                Object m = kwvalues[i].eval(f);
                if (!(m instanceof PyDict d)) {
                    Object keys;
                    try {
                        keys = Ops.callMethod(f.ts, m, "keys");
                    } catch (PyException e) {
                        throw here(f, PyException.typeError(funcName(fn) + " argument after ** must be a mapping, not "
                                + Ops.typeName(m)));
                    }
                    for (Object k : Ops.toArray(f.ts, keys)) {
                        addKeyword(f, fn, names, values, k, Ops.getItem(f.ts, m, k));
                    }
                    continue;
                }
                for (Object k : d.keys()) {
                    addKeyword(f, fn, names, values, k, d.get(f.ts, k));
                }
            }
            Object[] all = new Object[pos.size() + values.size()];
            for (int i = 0; i < pos.size(); i++) {
                all[i] = pos.get(i);
            }
            for (int i = 0; i < values.size(); i++) {
                all[pos.size() + i] = values.get(i);
            }
            try {
                return Ops.call(f.ts, fn, all, names.isEmpty() ? null : names.toArray(new String[0]));
            } catch (PyException e) {
                throw here(f, e);
            } catch (StackOverflowError e) {
                throw here(f, PyException.of(org.pythebo.runtime.exceptions.Exc.RecursionError, "maximum recursion depth exceeded"));
            }
        }

        private void addKeyword(Frame f, Object fn, List<String> names, List<Object> values, Object key, Object v) {
            if (!(key instanceof String k)) {
                throw here(f, PyException.typeError("keywords must be strings"));
            }
            if (names.contains(k)) {
                throw here(f, PyException.typeError(funcName(fn) + " got multiple values for keyword argument '" + k + "'"));
            }
            names.add(k);
            values.add(v);
        }

        static String funcName(Object fn) {
            if (fn instanceof PyFunction pf) {
                return (pf.module instanceof String m && !m.equals("builtins") ? m + "." : "") + pf.qualname + "()";
            }
            if (fn instanceof PyType t) {
                return t.name + "()";
            }
            if (fn instanceof org.pythebo.runtime.exposure.PyBuiltinFunction b) {
                return b.functionStr();
            }
            return Ops.typeName(fn) + " object";
        }
    }

    /** {@code *x} inside a display or call; evaluated by its container. */
    public static final class Starred extends ExprNode {
        final ExprNode value;

        public Starred(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            throw new IllegalStateException("starred expression evaluated on its own");
        }
    }

    // ---- items ----

    public static final class Subscript extends ExprNode {
        final ExprNode value;
        final ExprNode index;

        public Subscript(ExprNode value, ExprNode index) {
            this.value = value;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            Object o = value.eval(f);
            Object k = index.eval(f);
            if (o instanceof PyList l && k instanceof Long i) {
                Object v = l.getOrNull(i.intValue());
                if (v != null && i >= 0 && i <= Integer.MAX_VALUE) {
                    return v;
                }
            }
            try {
                return Ops.getItem(f.ts, o, k);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    public static final class Slice extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        public Slice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object eval(Frame f) {
            return new PySlice(lower == null ? Singleton.NONE : lower.eval(f), upper == null ? Singleton.NONE : upper.eval(f),
                    step == null ? Singleton.NONE : step.eval(f));
        }
    }

    // ---- displays ----

    static Object[] evalWithStars(Frame f, ExprNode[] elts) {
        boolean star = false;
        for (ExprNode e : elts) {
            if (e instanceof Starred) {
                star = true;
                break;
            }
        }
        if (!star) {
            return evalAll(f, elts);
        }
        List<Object> out = new ArrayList<>();
        for (ExprNode e : elts) {
            if (e instanceof Starred s) {
                Object it = s.value.eval(f);
                try {
                    for (Object o : Ops.toArray(f.ts, it)) {
                        out.add(o);
                    }
                } catch (PyException ex) {
                    throw e.here(f, ex);
                }
            } else {
                out.add(e.eval(f));
            }
        }
        return out.toArray();
    }

    public static final class ListDisplay extends ExprNode {
        final ExprNode[] elts;

        public ListDisplay(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public Object eval(Frame f) {
            Object[] items = evalWithStars(f, elts);
            return new PyList(items == Ops.NO_ARGS ? new Object[0] : items);
        }
    }

    public static final class TupleDisplay extends ExprNode {
        final ExprNode[] elts;

        public TupleDisplay(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public Object eval(Frame f) {
            return PyTuple.of(evalWithStars(f, elts));
        }
    }

    /**
     * The frozenset constant CPython's compiler makes of a set display of constants (and the AST
     * optimizer of one that a for loop or a comprehension iterates): built from the items in
     * order, then twice more from its own iteration order as the compiler's constant cache merges
     * constants. Its iteration order is what the program sees.
     */
    public static PySet foldedConstant(ThreadState ts, Object[] items) {
        PySet frozen = PyFrozenSet.of(ts, PyTuple.of(items));
        for (int i = 0; i < 2; i++) {
            frozen = PyFrozenSet.of(ts, PyTuple.of(frozen.toArray()));
        }
        return frozen;
    }

    /** A for loop's or comprehension's iterable that is a set display of constants: the folded frozenset. */
    public static final class FoldedFrozenSet extends ExprNode {
        final ExprNode[] elts;
        private volatile PySet value;

        public FoldedFrozenSet(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public Object eval(Frame f) {
            PySet v = value;
            if (v == null) {
                v = foldedConstant(f.ts, evalAll(f, elts));
                value = v;
            }
            return v;
        }
    }

    public static final class SetDisplay extends ExprNode {
        final ExprNode[] elts;
        /** More than two constants: built as CPython's compiler folds it, from a frozenset constant. */
        final boolean folded;

        public SetDisplay(ExprNode[] elts, boolean folded) {
            this.elts = elts;
            this.folded = folded;
        }

        @Override
        public Object eval(Frame f) {
            Object[] items = evalWithStars(f, elts);
            if (folded) {
                PySet s = new PySet();
                s.updateFrom(f.ts, foldedConstant(f.ts, items));
                return s;
            }
            PySet s = new PySet();
            for (Object o : items) {
                try {
                    s.add(f.ts, o);
                } catch (PyException e) {
                    throw here(f, e);
                }
            }
            return s;
        }
    }

    public static final class DictDisplay extends ExprNode {
        /** A null key means {@code **value}. */
        final ExprNode[] keys;
        final ExprNode[] values;

        public DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                try {
                    if (keys[i] == null) {
                        Object m = values[i].eval(f);
                        if (!(m instanceof PyDict) && Ops.type(m).lookup("keys") == null) {
                            throw PyException.typeError("'" + Ops.typeName(m) + "' object is not a mapping");
                        }
                        d.updateFrom(f.ts, m);
                    } else {
                        Object k = keys[i].eval(f);
                        d.setItem(f.ts, k, values[i].eval(f));
                    }
                } catch (PyException e) {
                    throw here(f, e);
                }
            }
            return d;
        }
    }

    // ---- strings ----

    public static final class JoinedStr extends ExprNode {
        final ExprNode[] parts;

        public JoinedStr(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        public Object eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                sb.append((String) p.eval(f));
            }
            return sb.toString();
        }
    }

    public static final class FormattedValue extends ExprNode {
        final ExprNode value;
        final int conversion;
        final ExprNode spec;

        public FormattedValue(ExprNode value, int conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            try {
                if (conversion == 'r') {
                    v = Ops.repr(f.ts, v);
                } else if (conversion == 's') {
                    v = Ops.str(f.ts, v);
                } else if (conversion == 'a') {
                    v = org.pythebo.runtime.text.StrMethods.ascii(Ops.repr(f.ts, v));
                }
                String s = spec == null ? "" : (String) spec.eval(f);
                if (s.isEmpty() && v instanceof String str) {
                    return str;
                }
                return Formatter.format(f.ts, v, s);
            } catch (PyException e) {
                throw here(f, e);
            }
        }
    }

    // ---- assignment expressions, functions ----

    public static final class NamedExpr extends ExprNode {
        final Names.Store target;
        final ExprNode value;

        public NamedExpr(Names.Store target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            target.store(f, v);
            return v;
        }
    }

    /** Creates a function: evaluates defaults, collects the closure cells from the frame. */
    public static final class MakeFunction extends ExprNode {
        final PyCode code;
        final ExprNode[] defaults;
        final String[] kwdefaultNames;
        final ExprNode[] kwdefaults;
        /** Indexes into the defining frame's cells, one per free variable of the code. */
        final int[] closure;
        final Object doc;
        /** The def's annotations (parameter names and 'return'), or null when it has none. */
        private String[] annotationNames;
        private ExprNode[] annotations;

        public MakeFunction(PyCode code, ExprNode[] defaults, String[] kwdefaultNames, ExprNode[] kwdefaults,
                            int[] closure, Object doc) {
            this.code = code;
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaults = kwdefaults;
            this.closure = closure;
            this.doc = doc;
        }

        /** Set by the compiler before the node is used. */
        public void annotate(String[] names, ExprNode[] values) {
            annotationNames = names;
            annotations = values;
        }

        @Override
        public Object eval(Frame f) {
            Object[] defs = defaults.length == 0 ? null : evalAll(f, defaults);
            PyDict kwd = null;
            if (kwdefaults.length > 0) {
                kwd = new PyDict();
                for (int i = 0; i < kwdefaults.length; i++) {
                    kwd.setItem(f.ts, kwdefaultNames[i], kwdefaults[i].eval(f));
                }
            }
            PyDict ann = null;
            if (annotations != null) {
                ann = new PyDict();
                for (int i = 0; i < annotations.length; i++) {
                    ann.setItem(f.ts, annotationNames[i], annotations[i].eval(f));
                }
            }
            PyCell[] cells = new PyCell[closure.length];
            for (int i = 0; i < closure.length; i++) {
                cells[i] = f.cells[closure[i]];
            }
            PyFunction fn = new PyFunction(code, f.globals, defs, kwd, cells);
            fn.doc = doc;
            fn.annotations = ann;
            Object module = f.globals.get("__name__");
            if (module != null) {
                fn.module = module;
            }
            return fn;
        }
    }

    /**
     * A comprehension: runs in its own frame (3.11 gives it a function scope) with the first
     * iterable, evaluated in the enclosing frame, as its only argument.
     */
    public static final class Comprehension extends ExprNode {
        final MakeFunction function;
        final ExprNode firstIter;
        final boolean generator;

        /** {@code async for} in the first loop: the argument is an async iterator. */
        final boolean firstAsync;

        public Comprehension(MakeFunction function, ExprNode firstIter, boolean generator, boolean firstAsync) {
            this.function = function;
            this.firstIter = firstIter;
            this.generator = generator;
            this.firstAsync = firstAsync;
        }

        @Override
        public Object eval(Frame f) {
            PyFunction fn = (PyFunction) function.eval(f);
            Object iterable = firstIter.eval(f);
            Object it;
            try {
                it = firstAsync ? ComprehensionBody.aiter(f, iterable) : Ops.iter(f.ts, iterable);
            } catch (PyException e) {
                throw firstIter.here(f, e);
            }
            Object result;
            try {
                result = fn.call(f.ts, new Object[] {it}, null);
                // A comprehension that awaits is a coroutine, awaited where it stands.
                if (!generator && fn.code.flavor == PyCode.Flavor.COROUTINE) {
                    result = org.pythebo.runtime.exec.Suspendable.await(f, result, null);
                }
            } catch (PyException e) {
                throw here(f, e);
            }
            return result;
        }
    }

    /** The loops of a comprehension, inside its own frame; {@link #eval} returns the collection. */
    public static final class ComprehensionBody extends ExprNode {
        public enum Kind { LIST, SET, DICT, GENERATOR }

        final Kind kind;
        final Stmts.Target[] targets;
        /** The iterables of the inner loops (index 0 unused: the frame's argument). */
        final ExprNode[] iters;
        final ExprNode[][] conditions;
        final ExprNode elt;
        final ExprNode value;

        /** Which loops are {@code async for}. */
        final boolean[] async;

        public ComprehensionBody(Kind kind, Stmts.Target[] targets, ExprNode[] iters, ExprNode[][] conditions,
                                 ExprNode elt, ExprNode value, boolean[] async) {
            this.async = async;
            this.kind = kind;
            this.targets = targets;
            this.iters = iters;
            this.conditions = conditions;
            this.elt = elt;
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object out = switch (kind) {
                case LIST -> new PyList();
                case SET -> new PySet();
                case DICT -> new PyDict();
                case GENERATOR -> Singleton.NONE;
            };
            loop(f, 0, f.locals[0], out);
            return out;
        }

        /** __aiter__ of an {@code async for} iterable. */
        static Object aiter(Frame f, Object iterable) {
            PyType t = Ops.type(iterable);
            Object m = t.lookup("__aiter__");
            if (m == null) {
                throw PyException.typeError("'async for' requires an object with __aiter__ method, got " + t.name);
            }
            return Ops.callDescr(f.ts, m, iterable, Ops.NO_ARGS);
        }

        /** The next item of an iterator (sync) or async iterator (awaited), or null at the end. */
        private Object next(Frame f, int level, Object it) {
            if (!async[level]) {
                return ((PyIterator) it).next(f.ts);
            }
            Object anext = Ops.type(it).lookup("__anext__");
            if (anext == null) {
                throw PyException.typeError("'async for' received an object from __aiter__ that does not implement "
                        + "__anext__: " + Ops.typeName(it));
            }
            try {
                return org.pythebo.runtime.exec.Suspendable.await(f, Ops.callDescr(f.ts, anext, it, Ops.NO_ARGS),
                        "'async for' received an invalid object from __anext__: ");
            } catch (PyException e) {
                if (e.exc.matches(org.pythebo.runtime.exceptions.Exc.StopAsyncIteration)) {
                    return null;
                }
                throw e;
            }
        }

        private void loop(Frame f, int level, Object it, Object out) {
            // f.ts is read afresh each time: a generator expression may resume on another thread.
            for (Object item = next(f, level, it); item != null; item = next(f, level, it)) {
                ThreadState ts = f.ts;
                if (ts.signalPending) {
                    ts.runSignalHandlers();
                }
                targets[level].assign(f, item);
                boolean ok = true;
                for (ExprNode c : conditions[level]) {
                    if (!Ops.isTrue(ts, c.eval(f))) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                if (level + 1 < targets.length) {
                    Object inner = iters[level + 1].eval(f);
                    Object innerIt;
                    try {
                        innerIt = async[level + 1] ? aiter(f, inner) : Ops.iter(ts, inner);
                    } catch (PyException e) {
                        throw iters[level + 1].here(f, e);
                    }
                    loop(f, level + 1, innerIt, out);
                    continue;
                }
                switch (kind) {
                    case LIST -> ((PyList) out).append(elt.eval(f));
                    case GENERATOR -> {
                        Object v = elt.eval(f);
                        try {
                            org.pythebo.runtime.exec.Suspendable.yieldValue(f, v);
                        } catch (PyException e) {
                            throw here(f, e);
                        }
                    }
                    case SET -> {
                        Object v = elt.eval(f);
                        try {
                            ((PySet) out).add(ts, v);
                        } catch (PyException e) {
                            throw elt.here(f, e);
                        }
                    }
                    case DICT -> {
                        Object k = elt.eval(f);
                        Object v = value.eval(f);
                        ((PyDict) out).setItem(ts, k, v);
                    }
                }
            }
        }
    }

    /** {@code @d1 @d2 def f}: decorators evaluated first, applied innermost first. */
    public static final class Decorate extends ExprNode {
        final ExprNode[] decorators;
        final ExprNode target;

        public Decorate(ExprNode[] decorators, ExprNode target) {
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public Object eval(Frame f) {
            Object[] decos = evalAll(f, decorators);
            Object v = target.eval(f);
            for (int i = decos.length - 1; i >= 0; i--) {
                try {
                    v = Ops.call(f.ts, decos[i], new Object[] {v}, null);
                } catch (PyException e) {
                    throw decorators[i].here(f, e);
                }
            }
            return v;
        }
    }

    /** An expression whose support has not arrived yet: raises when evaluated. */
    public static final class Unsupported extends ExprNode {
        final String what;

        public Unsupported(String what) {
            this.what = what;
        }

        @Override
        public Object eval(Frame f) {
            throw here(f, PyException.of(org.pythebo.runtime.exceptions.Exc.NotImplementedError, what + " is not supported yet"));
        }
    }
}
