package org.pythebo.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pythebo.runtime.Arith;
import org.pythebo.runtime.Compare;
import org.pythebo.runtime.Exc;
import org.pythebo.runtime.Exposer;
import org.pythebo.runtime.Formatter;
import org.pythebo.runtime.Globals;
import org.pythebo.runtime.HasDict;
import org.pythebo.runtime.IntMethods;
import org.pythebo.runtime.Ops;
import org.pythebo.runtime.PyAttrs.PyMethod;
import org.pythebo.runtime.PyCallable;
import org.pythebo.runtime.PyDict;
import org.pythebo.runtime.PyException;
import org.pythebo.runtime.PyIterator;
import org.pythebo.runtime.PyList;
import org.pythebo.runtime.PySet;
import org.pythebo.runtime.PyTextIO;
import org.pythebo.runtime.PyTuple;
import org.pythebo.runtime.PyType;
import org.pythebo.runtime.Singleton;
import org.pythebo.runtime.StrMethods;
import org.pythebo.runtime.ThreadState;

/** The builtins module: its functions, types and constants. */
public final class Builtins {
    private Builtins() {}

    public static void populate(Globals g) {
        g.put("__name__", "builtins");
        g.put("__doc__", Singleton.NONE);
        Map<String, Object> fns = new LinkedHashMap<>();
        Exposer.exposeFunctions(Builtins.class, fns);
        fns.forEach(g::put);
        g.put("None", Singleton.NONE);
        g.put("Ellipsis", Singleton.ELLIPSIS);
        g.put("NotImplemented", Singleton.NOT_IMPLEMENTED);
        g.put("False", Boolean.FALSE);
        g.put("True", Boolean.TRUE);
        g.put("bool", PyType.BOOL);
        g.put("dict", PyType.DICT);
        g.put("float", PyType.FLOAT);
        g.put("property", PyType.PROPERTY);
        g.put("int", PyType.INT);
        g.put("list", PyType.LIST);
        g.put("object", PyType.OBJECT);
        g.put("range", PyType.RANGE);
        g.put("set", PySet.pyType());
        g.put("slice", PyType.SLICE);
        g.put("staticmethod", PyType.STATICMETHOD);
        g.put("classmethod", PyType.CLASSMETHOD);
        g.put("str", PyType.STR);
        g.put("super", PyType.SUPER);
        g.put("tuple", PyType.TUPLE);
        g.put("type", PyType.TYPE);
        g.put("__debug__", Boolean.TRUE);
        Exc.ALL.forEach(g::put);
        g.put("EnvironmentError", Exc.OSError);
        g.put("IOError", Exc.OSError);
    }

    // ---- output ----

    @PyMethod("($module, /, *args, sep=' ', end='\\n', file=None, flush=False)")
    public static Object print(ThreadState ts, Object[] args, Object sep, Object end, Object file, Object flush) {
        if (sep != Singleton.NONE && !(sep instanceof String)) {
            throw PyException.typeError("sep must be None or a string, not " + Ops.typeName(sep));
        }
        if (end != Singleton.NONE && !(end instanceof String)) {
            throw PyException.typeError("end must be None or a string, not " + Ops.typeName(end));
        }
        String s = sep == Singleton.NONE ? " " : (String) sep;
        String e = end == Singleton.NONE ? "\n" : (String) end;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(s);
            }
            sb.append(Ops.str(ts, args[i]));
        }
        sb.append(e);
        Object out = file == Singleton.NONE ? ts.interp.currentStdout() : file;
        if (out instanceof PyTextIO t) {
            t.write(sb.toString());
            if (Ops.isTrue(ts, flush)) {
                t.flush();
            }
        } else if (out != Singleton.NONE) {
            Ops.callMethod(ts, out, "write", sb.toString());
            if (Ops.isTrue(ts, flush)) {
                Ops.callMethod(ts, out, "flush");
            }
        }
        return null;
    }

    @PyMethod("($module, prompt='', /)")
    public static Object input(ThreadState ts, Object prompt) {
        ts.interp.stdout.write(Ops.str(ts, prompt));
        ts.interp.stdout.flush();
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            while ((c = System.in.read()) >= 0 && c != '\n') {
                bytes.write(c);
            }
            if (c < 0 && bytes.size() == 0) {
                throw PyException.of(Exc.EOFError, "EOF when reading a line");
            }
            sb.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw PyException.of(Exc.OSError, e.getMessage());
        }
        return sb.toString();
    }

    // ---- object protocol ----

    @PyMethod("($module, obj, /)")
    public static Object len(ThreadState ts, Object o) { return Ops.len(ts, o); }

    @PyMethod("($module, obj, /)")
    public static Object repr(ThreadState ts, Object o) { return Ops.repr(ts, o); }

    @PyMethod("($module, obj, /)")
    public static Object ascii(ThreadState ts, Object o) { return StrMethods.ascii(Ops.repr(ts, o)); }

    @PyMethod("($module, obj, /)")
    public static Object hash(ThreadState ts, Object o) { return Ops.hash(ts, o); }

    @PyMethod("($module, obj, /)")
    public static Object id(Object o) { return Ops.id(o); }

    @PyMethod("($module, obj, /)")
    public static Object callable(Object o) {
        return o instanceof PyCallable || o instanceof PyType || Ops.type(o).lookup("__call__") != null;
    }

    @PyMethod("($module, value, format_spec='', /)")
    public static Object format(ThreadState ts, Object value, Object spec) {
        if (!(spec instanceof String s)) {
            throw PyException.typeError("format() argument 2 must be str, not " + Ops.typeName(spec));
        }
        return Formatter.format(ts, value, s);
    }

    @PyMethod("($module, obj, class_or_tuple, /)")
    public static Object isinstance(ThreadState ts, Object obj, Object cls) {
        return instanceCheck(ts, obj, cls);
    }

    private static boolean instanceCheck(ThreadState ts, Object obj, Object cls) {
        if (cls instanceof PyType t) {
            if (Ops.type(obj).isSubtypeOf(t)) {
                return true;
            }
            if (t.type() != PyType.TYPE) {
                Object check = t.type().lookup("__instancecheck__");
                return Ops.isTrue(ts, Ops.callDescr(ts, check, t, new Object[] {obj}));
            }
            return false;
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.toArray()) {
                if (instanceCheck(ts, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @PyMethod("($module, cls, class_or_tuple, /)")
    public static Object issubclass(ThreadState ts, Object sub, Object cls) {
        if (!(sub instanceof PyType st)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.toArray()) {
                if ((Boolean) issubclass(ts, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t)) {
            throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return st.isSubtypeOf(t);
    }

    private static String attrName(Object name, String fn) {
        if (!(name instanceof String s)) {
            throw PyException.typeError("attribute name must be string, not '" + Ops.typeName(name) + "'");
        }
        return s;
    }

    @PyMethod("($module, object, name, default=?, /)")
    public static Object getattr(ThreadState ts, Object obj, Object name, Object dflt) {
        String n = attrName(name, "getattr");
        if (dflt == null) {
            return Ops.getAttr(ts, obj, n);
        }
        try {
            Object v = Ops.lookupAttr(ts, obj, n);
            return v == null ? dflt : v;
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return dflt;
            }
            throw e;
        }
    }

    @PyMethod("($module, obj, name, /)")
    public static Object hasattr(ThreadState ts, Object obj, Object name) {
        String n = attrName(name, "hasattr");
        try {
            return Ops.lookupAttr(ts, obj, n) != null;
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return false;
            }
            throw e;
        }
    }

    @PyMethod("($module, obj, name, value, /)")
    public static Object setattr(ThreadState ts, Object obj, Object name, Object value) {
        Ops.setAttr(ts, obj, attrName(name, "setattr"), value);
        return null;
    }

    @PyMethod("($module, obj, name, /)")
    public static Object delattr(ThreadState ts, Object obj, Object name) {
        Ops.delAttr(ts, obj, attrName(name, "delattr"));
        return null;
    }

    @PyMethod("($module, object=?, /)")
    public static Object dir(ThreadState ts, Object obj) {
        if (obj == null) {
            Object scope = locals(ts);
            Object[] names = scope instanceof PyDict d ? d.keys() : new Object[0];
            return new PyList(Ops.sorted(ts, names, Singleton.NONE, false));
        }
        Object r = Ops.callMethod(ts, obj, "__dir__");
        Object[] items = Ops.toArray(ts, r);
        return new PyList(Ops.sorted(ts, items, Singleton.NONE, false));
    }

    @PyMethod("($module, object=?, /)")
    public static Object vars(ThreadState ts, Object obj) {
        if (obj == null) {
            return globals(ts);
        }
        if (obj instanceof HasDict hd) {
            return hd.dict();
        }
        throw PyException.typeError("vars() argument must have __dict__ attribute");
    }

    @PyMethod("($module, /)")
    public static Object globals(ThreadState ts) {
        return ts.frame.globals.toDict();
    }

    @PyMethod("($module, /)")
    public static Object locals(ThreadState ts) {
        var f = ts.frame;
        if (f.namespace != null) {
            return f.namespace;
        }
        if (f.code.varnames.length == 0) {
            return f.globals.toDict();
        }
        PyDict d = new PyDict();
        for (int i = 0; i < f.locals.length; i++) {
            if (f.locals[i] != null) {
                d.setItem(ts, f.code.varnames[i], f.locals[i]);
            }
        }
        return d;
    }

    // ---- iteration ----

    @PyMethod("($module, object, sentinel=?, /)")
    public static Object iter(ThreadState ts, Object obj, Object sentinel) {
        if (sentinel != null) {
            throw PyException.of(Exc.NotImplementedError, "iter(callable, sentinel) is not supported yet");
        }
        return Ops.iterObject(ts, obj);
    }

    @PyMethod("($module, iterator, default=?, /)")
    public static Object next(ThreadState ts, Object it, Object dflt) {
        if (it instanceof PyIterator pi) {
            Object v = pi.next(ts);
            if (v == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyException.of(Exc.StopIteration, null);
            }
            return v;
        }
        Object m = Ops.type(it).lookup("__next__");
        if (m == null) {
            throw PyException.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        }
        try {
            return Ops.callDescr(ts, m, it, Ops.NO_ARGS);
        } catch (PyException e) {
            if (dflt != null && e.exc.matches(Exc.StopIteration)) {
                return dflt;
            }
            throw e;
        }
    }

    /** A lazy iterator computed by a Java function (enumerate, zip, map, filter, reversed). */
    private static final class Lazy extends PyIterator {
        interface Step {
            Object next(ThreadState ts);
        }

        private final Step step;

        Lazy(PyType type, Step step) {
            super(type);
            this.step = step;
        }

        @Override
        public Object next(ThreadState ts) {
            return step.next(ts);
        }
    }

    private static final PyType ENUMERATE = PyType.newBuiltin("enumerate", PyType.OBJECT, null, PyType.Layout.OBJECT);
    private static final PyType ZIP = PyType.newBuiltin("zip", PyType.OBJECT, null, PyType.Layout.OBJECT);
    private static final PyType MAP = PyType.newBuiltin("map", PyType.OBJECT, null, PyType.Layout.OBJECT);
    private static final PyType FILTER = PyType.newBuiltin("filter", PyType.OBJECT, null, PyType.Layout.OBJECT);
    private static final PyType REVERSED = PyType.newBuiltin("reversed", PyType.OBJECT, null, PyType.Layout.OBJECT);

    @PyMethod("($module, iterable, start=0)")
    public static Object enumerate(ThreadState ts, Object iterable, Object start) {
        PyIterator it = Ops.iter(ts, iterable);
        Object[] n = {start};
        return new Lazy(ENUMERATE, t -> {
            Object v = it.next(t);
            if (v == null) {
                return null;
            }
            Object i = n[0];
            n[0] = Arith.add(t, i, 1L);
            return PyTuple.of(i, v);
        });
    }

    @PyMethod("($module, *iterables, strict=False)")
    public static Object zip(ThreadState ts, Object[] iterables, Object strict) {
        PyIterator[] its = new PyIterator[iterables.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(ts, iterables[i]);
        }
        return new Lazy(ZIP, t -> {
            if (its.length == 0) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next(t);
                if (row[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(row);
        });
    }

    @PyMethod("($module, *args)")
    public static Object map(ThreadState ts, Object[] args) {
        if (args.length < 2) {
            throw PyException.typeError("map() must have at least two arguments.");
        }
        Object fn = args[0];
        PyIterator[] its = new PyIterator[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(ts, args[i + 1]);
        }
        return new Lazy(MAP, t -> {
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next(t);
                if (row[i] == null) {
                    return null;
                }
            }
            return Ops.call(t, fn, row, null);
        });
    }

    @PyMethod("($module, function, iterable, /)")
    public static Object filter(ThreadState ts, Object fn, Object iterable) {
        PyIterator it = Ops.iter(ts, iterable);
        return new Lazy(FILTER, t -> {
            for (Object v = it.next(t); v != null; v = it.next(t)) {
                Object keep = fn == Singleton.NONE ? v : Ops.call(t, fn, v);
                if (Ops.isTrue(t, keep)) {
                    return v;
                }
            }
            return null;
        });
    }

    @PyMethod("($module, sequence, /)")
    public static Object reversed(ThreadState ts, Object seq) {
        Object m = Ops.type(seq).lookup("__reversed__");
        if (m != null) {
            return Ops.callDescr(ts, m, seq, Ops.NO_ARGS);
        }
        if (Ops.type(seq).lookup("__getitem__") == null && !(seq instanceof PyList || seq instanceof PyTuple
                || seq instanceof String || seq instanceof org.pythebo.runtime.PyRange)) {
            throw PyException.typeError("'" + Ops.typeName(seq) + "' object is not reversible");
        }
        long n = Ops.len(ts, seq);
        long[] i = {n - 1};
        return new Lazy(REVERSED, t -> {
            if (i[0] < 0) {
                return null;
            }
            return Ops.getItem(t, seq, i[0]--);
        });
    }

    @PyMethod("($module, iterable, /, *, key=None, reverse=False)")
    public static Object sorted(ThreadState ts, Object iterable, Object key, Object reverse) {
        Object[] items = Ops.toArray(ts, iterable).clone();
        return new PyList(Ops.sorted(ts, items, key, Ops.isTrue(ts, reverse)));
    }

    @PyMethod("($module, iterable, /)")
    public static Object any(ThreadState ts, Object iterable) {
        PyIterator it = Ops.iter(ts, iterable);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            if (Ops.isTrue(ts, v)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod("($module, iterable, /)")
    public static Object all(ThreadState ts, Object iterable) {
        PyIterator it = Ops.iter(ts, iterable);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            if (!Ops.isTrue(ts, v)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod("($module, iterable, /, start=0)")
    public static Object sum(ThreadState ts, Object iterable, Object start) {
        if (start instanceof String) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object acc = start;
        PyIterator it = Ops.iter(ts, iterable);
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            acc = Arith.add(ts, acc, v);
        }
        return acc;
    }

    private static Object minMax(ThreadState ts, String name, Object[] args, Object key, Object dflt, int op) {
        if (args.length == 0) {
            throw PyException.typeError(name + " expected at least 1 argument, got 0");
        }
        Object[] items;
        if (args.length == 1) {
            items = Ops.toArray(ts, args[0]);
        } else {
            if (dflt != null) {
                throw PyException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = args;
        }
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw PyException.valueError(name + "() arg is an empty sequence");
        }
        Object best = items[0];
        Object bestKey = key == Singleton.NONE ? best : Ops.call(ts, key, best);
        for (int i = 1; i < items.length; i++) {
            Object k = key == Singleton.NONE ? items[i] : Ops.call(ts, key, items[i]);
            if (Ops.isTrue(ts, Compare.richCompare(ts, k, bestKey, op))) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @PyMethod("($module, *args, key=None, default=?)")
    public static Object min(ThreadState ts, Object[] args, Object key, Object dflt) {
        return minMax(ts, "min", args, key, dflt, Compare.LT);
    }

    @PyMethod("($module, *args, key=None, default=?)")
    public static Object max(ThreadState ts, Object[] args, Object key, Object dflt) {
        return minMax(ts, "max", args, key, dflt, Compare.GT);
    }

    // ---- numbers ----

    @PyMethod("($module, x, /)")
    public static Object abs(ThreadState ts, Object x) {
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof BigInteger b) {
            return b.abs();
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object m = Ops.type(x).lookup("__abs__");
        if (m == null) {
            throw PyException.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
        }
        return Ops.callDescr(ts, m, x, Ops.NO_ARGS);
    }

    @PyMethod("($module, x, y, /)")
    public static Object divmod(ThreadState ts, Object x, Object y) {
        Object q = Arith.binary(ts, x, y, Arith.Op.FLOORDIV);
        Object r = Arith.binary(ts, x, y, Arith.Op.MOD);
        return PyTuple.of(q, r);
    }

    @PyMethod("($module, base, exp, mod=None)")
    public static Object pow(ThreadState ts, Object base, Object exp, Object mod) {
        if (mod == Singleton.NONE) {
            return Arith.binary(ts, base, exp, Arith.Op.POW);
        }
        if (!(base instanceof Long || base instanceof BigInteger) || !(exp instanceof Long || exp instanceof BigInteger)
                || !(mod instanceof Long || mod instanceof BigInteger)) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger m = new BigInteger(mod.toString());
        if (m.signum() == 0) {
            throw PyException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger b = new BigInteger(base.toString());
        BigInteger e = new BigInteger(exp.toString());
        if (e.signum() < 0 && !b.gcd(m).equals(BigInteger.ONE)) {
            throw PyException.valueError("base is not invertible for the given modulus");
        }
        BigInteger r = b.modPow(e, m.abs());
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Arith.norm(r);
    }

    @PyMethod("($module, number, ndigits=None)")
    public static Object round(ThreadState ts, Object number, Object ndigits) {
        if (number instanceof Double d) {
            if (ndigits == Singleton.NONE) {
                if (Double.isNaN(d)) {
                    throw PyException.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw PyException.overflow("cannot convert float infinity to integer");
                }
                return IntMethods.toInt(ts, Math.rint(d));
            }
            long n = Ops.index(ndigits);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return d;
            }
            if (n > 330) {
                return d;
            }
            if (n < -330) {
                return 0.0 * d;
            }
            double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            return r == 0 ? Math.copySign(0.0, d) : r;
        }
        if (number instanceof Long || number instanceof BigInteger || number instanceof Boolean) {
            if (ndigits == Singleton.NONE) {
                return IntMethods.toInt(ts, number);
            }
            long n = Ops.index(ndigits);
            if (n >= 0) {
                return IntMethods.toInt(ts, number);
            }
            BigDecimal v = new BigDecimal(new BigInteger(IntMethods.toInt(ts, number).toString()));
            return Arith.norm(v.setScale((int) n, RoundingMode.HALF_EVEN).toBigInteger());
        }
        Object m = Ops.type(number).lookup("__round__");
        if (m == null) {
            throw PyException.typeError("type " + Ops.typeName(number) + " doesn't define __round__ method");
        }
        return Ops.callDescr(ts, m, number, ndigits == Singleton.NONE ? Ops.NO_ARGS : new Object[] {ndigits});
    }

    @PyMethod("($module, i, /)")
    public static Object chr(Object i) {
        if (!(i instanceof Long || i instanceof Boolean || i instanceof BigInteger)) {
            throw PyException.typeError("'" + Ops.typeName(i) + "' object cannot be interpreted as an integer");
        }
        long n = i instanceof BigInteger ? -1 : Ops.index(i);
        if (n < 0 || n > 0x10FFFF) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
        }
        return Character.toString((int) n);
    }

    @PyMethod("($module, c, /)")
    public static Object ord(Object c) {
        if (!(c instanceof String s)) {
            throw PyException.typeError("ord() expected string of length 1, but " + Ops.typeName(c) + " found");
        }
        int n = s.codePointCount(0, s.length());
        if (n != 1) {
            throw PyException.typeError("ord() expected a character, but string of length " + n + " found");
        }
        return (long) s.codePointAt(0);
    }

    private static String radix(Object x, int base, String prefix) {
        BigInteger v = x instanceof BigInteger b ? b : BigInteger.valueOf(Ops.index(x));
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @PyMethod("($module, number, /)")
    public static Object bin(Object x) { return radix(x, 2, "0b"); }

    @PyMethod("($module, number, /)")
    public static Object oct(Object x) { return radix(x, 8, "0o"); }

    @PyMethod("($module, number, /)")
    public static Object hex(Object x) { return radix(x, 16, "0x"); }

    // ---- the rest ----

    @PyMethod("($module, code=None, /)")
    public static Object exit(Object code) { return Sys.exit(code); }

    @PyMethod("($module, code=None, /)")
    public static Object quit(Object code) { return Sys.exit(code); }
}
