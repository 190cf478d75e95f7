package org.pythebo.modules.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.pythebo.modules.Sys;
import org.pythebo.modules._io.PyTextIO;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.BuiltinIterators;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.PyAnextAwaitable;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Formatter;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.StrMethods;

/** The builtins module: its functions, types and constants. */
public final class Builtins {
    private Builtins() {}

    public static void populate(PyModule module) {
        Globals g = module.globals;
        g.put("__name__", "builtins");
        g.put("__doc__", Singleton.NONE);
        Exposer.exposeFunctions(Builtins.class, module);
        Exposer.exposeFunctions(NamespaceBuiltins.class, module);
        g.put("None", Singleton.NONE);
        g.put("Ellipsis", Singleton.ELLIPSIS);
        g.put("NotImplemented", Singleton.NOT_IMPLEMENTED);
        g.put("False", Boolean.FALSE);
        g.put("True", Boolean.TRUE);
        g.put("bool", PyType.BOOL);
        g.put("bytes", PyType.BYTES);
        g.put("bytearray", PyType.BYTEARRAY);
        g.put("memoryview", PyType.MEMORYVIEW);
        g.put("dict", PyType.DICT);
        g.put("float", PyType.FLOAT);
        g.put("property", PyType.PROPERTY);
        g.put("int", PyType.INT);
        g.put("list", PyType.LIST);
        g.put("object", PyType.OBJECT);
        g.put("range", PyType.RANGE);
        g.put("enumerate", BuiltinIterators.ENUMERATE);
        g.put("zip", BuiltinIterators.ZIP);
        g.put("map", BuiltinIterators.MAP);
        g.put("filter", BuiltinIterators.FILTER);
        g.put("reversed", BuiltinIterators.REVERSED);
        g.put("set", PySet.pyType());
        g.put("frozenset", PySet.FROZENSET);
        g.put("complex", org.pythebo.runtime.numbers.PyComplex.TYPE);
        g.put("slice", PyType.SLICE);
        g.put("staticmethod", PyType.STATICMETHOD);
        g.put("classmethod", PyType.CLASSMETHOD);
        g.put("str", PyType.STR);
        g.put("super", PyType.SUPER);
        g.put("tuple", PyType.TUPLE);
        g.put("type", PyType.TYPE);
        g.put("__debug__", Boolean.TRUE);
        g.put("__package__", "");
        g.put("__loader__", Singleton.NONE);
        g.put("__spec__", Singleton.NONE);
        g.put("exit", new SiteBuiltins.Quitter("exit"));
        g.put("quit", new SiteBuiltins.Quitter("quit"));
        g.put("copyright", new SiteBuiltins.Printer("copyright", Sys.COPYRIGHT, false));
        g.put("credits", new SiteBuiltins.Printer("credits", SiteBuiltins.CREDITS, false));
        g.put("license", new SiteBuiltins.Printer("license", SiteBuiltins.LICENSE, true));
        g.put("help", new SiteBuiltins.Helper());
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
        Object out = file;
        if (out == Singleton.NONE) {
            out = ts.interp.sys.globals.get("stdout");
            if (out == null) {
                throw PyException.of(Exc.RuntimeError, "lost sys.stdout");
            }
            if (out == Singleton.NONE) {
                return null;
            }
        }
        if (PyTextIO.exact(out) instanceof PyTextIO t) {
            // One write of the whole line: the same text, and lines from threads never interleave.
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(Ops.str(ts, args[i]));
            }
            t.write(sb.append(e).toString());
            if (Ops.isTrue(ts, flush)) {
                t.flush();
            }
            return null;
        }
        // Any object with write(): one call per piece, as CPython makes them.
        Object write = Ops.getAttr(ts, out, "write");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                Ops.call(ts, write, s);
            }
            Ops.call(ts, write, Ops.str(ts, args[i]));
        }
        Ops.call(ts, write, e);
        if (Ops.isTrue(ts, flush)) {
            Ops.callMethod(ts, out, "flush");
        }
        return null;
    }

    /** Writes to sys.stdout (or sys.stderr), whatever object it names; flushes it if it can. */
    private static void writeAndFlush(ThreadState ts, String name, String text) {
        Object out = ts.interp.sys.globals.get(name);
        if (out == null || out == Singleton.NONE) {
            throw PyException.of(Exc.RuntimeError, "lost sys." + name);
        }
        if (PyTextIO.exact(out) instanceof PyTextIO t) {
            if (!text.isEmpty()) {
                t.write(text);
            }
            t.flush();
            return;
        }
        if (!text.isEmpty()) {
            Ops.callMethod(ts, out, "write", text);
        }
        if (Ops.lookupAttr(ts, out, "flush") != null) {
            Ops.callMethod(ts, out, "flush");
        }
    }

    @PyMethod("($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)")
    public static Object open(ThreadState ts, Object file, Object mode, Object buffering, Object encoding,
            Object errors, Object newline, Object closefd, Object opener) {
        return org.pythebo.modules._io.IoOpen.open(ts, file, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    @PyMethod("($module, prompt='', /)")
    public static Object input(ThreadState ts, Object prompt) {
        Object in = ts.interp.sys.globals.get("stdin");
        if (in == null || in == Singleton.NONE) {
            throw PyException.of(Exc.RuntimeError, "lost sys.stdin");
        }
        writeAndFlush(ts, "stderr", "");
        writeAndFlush(ts, "stdout", Ops.str(ts, prompt));
        Object line = PyTextIO.exact(in) instanceof PyTextIO t ? t.readLine(-1) : Ops.callMethod(ts, in, "readline");
        if (!(line instanceof String l)) {
            throw PyException.typeError("object.readline() returned non-string");
        }
        if (l.isEmpty()) {
            throw PyException.of(Exc.EOFError, "EOF when reading a line");
        }
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
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
        return Ops.isCallable(o);
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
        return Ops.isInstance(ts, obj, cls);
    }

    @PyMethod("($module, cls, class_or_tuple, /)")
    public static Object issubclass(ThreadState ts, Object sub, Object cls) {
        return Ops.isSubclass(ts, sub, cls);
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
            Object scope = NamespaceBuiltins.locals(ts);
            Object[] names = scope instanceof PyDict d ? d.keys() : new Object[0];
            return new PyList(Ops.sorted(ts, names, Singleton.NONE, false));
        }
        Object r = Ops.callMethod(ts, obj, "__dir__");
        Object[] items = Ops.toArray(ts, r);
        return new PyList(Ops.sorted(ts, items, Singleton.NONE, false));
    }

    // ---- iteration ----

    @PyMethod("($module, object, sentinel=?, /)")
    public static Object iter(ThreadState ts, Object obj, Object sentinel) {
        if (sentinel == null) {
            return Ops.iterObject(ts, obj);
        }
        if (!(Boolean) callable(obj)) {
            throw PyException.typeError("iter(v, w): v must be callable");
        }
        return new BuiltinIterators.CallableIterator(obj, sentinel);
    }

    @PyMethod("($module, iterator, default=?, /)")
    public static Object next(ThreadState ts, Object it, Object dflt) {
        if (it instanceof PyIterator pi) {
            Object v = pi.next(ts);
            if (v == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw pi.exhausted();
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

    @PyMethod(value = "($module, iterable, /, *, key=None, reverse=False)", args = ArgStyle.UNPACK)
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
        if (start instanceof org.pythebo.runtime.bytes.PyBytes || start instanceof org.pythebo.runtime.bytes.PyByteArray) {
            throw PyException.typeError("sum() can't sum " + Ops.typeName(start) + " [use b''.join(seq) instead]");
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
        return Arith.divmod(ts, x, y);
    }

    @PyMethod("($module, base, exp, mod=None)")
    public static Object pow(ThreadState ts, Object base, Object exp, Object mod) {
        return Arith.pow3(ts, base, exp, mod);
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
        Object v = Convert.index(null, i);
        long n = v instanceof BigInteger ? -1 : (Long) v;
        if (n < 0 || n > 0x10FFFF) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
        }
        return Character.toString((int) n);
    }

    @PyMethod("($module, c, /)")
    public static Object ord(Object c) {
        byte[] bytes = c instanceof PyBytes b ? b.value() : c instanceof PyByteArray ba ? ba.toBytes() : null;
        if (bytes != null) {
            if (bytes.length != 1) {
                throw PyException.typeError("ord() expected a character, but string of length " + bytes.length + " found");
            }
            return (long) (bytes[0] & 0xff);
        }
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

    /** What class statements call; checks its own arguments, as CPython's does. */
    @PyMethod("($module, /, *args, **kwds)")
    public static Object __build_class__(ThreadState ts, Object[] args, PyDict kwds) {
        return org.pythebo.runtime.objects.BuildClass.build(ts, args, kwds);
    }

    @PyMethod("($module, /, *args, **kws)")
    public static Object breakpoint(ThreadState ts, Object[] args, PyDict kws) {
        Object hook = ts.interp.sys.globals.get("breakpointhook");
        if (hook == null) {
            throw PyException.of(Exc.RuntimeError, "lost sys.breakpointhook");
        }
        String[] names = new String[kws.size()];
        Object[] all = java.util.Arrays.copyOf(args, args.length + names.length);
        Object[] keys = kws.keys();
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
            all[args.length + i] = kws.get(ts, keys[i]);
        }
        return Ops.call(ts, hook, all, names.length == 0 ? null : names);
    }

    @PyMethod("($module, async_iterable, /)")
    public static Object aiter(ThreadState ts, Object iterable) {
        Object m = Ops.type(iterable).lookup("__aiter__");
        if (m == null) {
            throw PyException.typeError("'" + Ops.typeName(iterable) + "' object is not an async iterable");
        }
        Object it = Ops.callDescr(ts, m, iterable, Ops.NO_ARGS);
        if (Ops.type(it).lookup("__anext__") == null) {
            throw PyException.typeError("aiter() returned not an async iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }

    @PyMethod("($module, aiterator, default=?, /)")
    public static Object anext(ThreadState ts, Object it, Object dflt) {
        Object m = Ops.type(it).lookup("__anext__");
        if (m == null) {
            throw PyException.typeError("'" + Ops.typeName(it) + "' object is not an async iterator");
        }
        Object awaitable = Ops.callDescr(ts, m, it, Ops.NO_ARGS);
        return dflt == null ? awaitable : new PyAnextAwaitable(awaitable, dflt);
    }
}
