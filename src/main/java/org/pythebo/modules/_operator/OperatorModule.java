package org.pythebo.modules._operator;

import java.nio.charset.StandardCharsets;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Arith.Op;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _operator} module: Python's operators as functions (what Lib/operator.py replaces
 * with {@code from _operator import *}), each the runtime's own operation with its errors.
 */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_operator", "Operator interface.\n\n"
                + "This module exports a set of functions implemented in C corresponding\n"
                + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                + "is equivalent to the expression x+y.  The function names are those\n"
                + "used for special methods; variants without leading and trailing\n"
                + "'__' are also provided for convenience.", OperatorModule.class);
        Globals g = module.globals;
        g.put("itemgetter", ItemGetter.TYPE);
        g.put("attrgetter", AttrGetter.TYPE);
        g.put("methodcaller", MethodCaller.TYPE);
        return module;
    }

    // ---- arithmetic and comparison ----

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a + b.")
    public static Object add(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.ADD); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a - b.")
    public static Object sub(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.SUB); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a * b.")
    public static Object mul(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.MUL); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a @ b.")
    public static Object matmul(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.MATMUL); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a / b.")
    public static Object truediv(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.TRUEDIV); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a // b.")
    public static Object floordiv(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.FLOORDIV); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a % b.")
    public static Object mod(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.MOD); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a ** b.")
    public static Object pow(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.POW); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a << b.")
    public static Object lshift(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.LSHIFT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a >> b.")
    public static Object rshift(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.RSHIFT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a & b.")
    public static Object and_(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.AND); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a | b.")
    public static Object or_(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.OR); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a ^ b.")
    public static Object xor(ThreadState ts, Object a, Object b) { return Arith.binary(ts, a, b, Op.XOR); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a += b.")
    public static Object iadd(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.ADD); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a -= b.")
    public static Object isub(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.SUB); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a *= b.")
    public static Object imul(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.MUL); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a @= b.")
    public static Object imatmul(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.MATMUL); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a /= b.")
    public static Object itruediv(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.TRUEDIV); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a //= b.")
    public static Object ifloordiv(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.FLOORDIV); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a %= b.")
    public static Object imod(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.MOD); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a **= b.")
    public static Object ipow(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.POW); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a <<= b.")
    public static Object ilshift(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.LSHIFT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a >>= b.")
    public static Object irshift(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.RSHIFT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a &= b.")
    public static Object iand(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.AND); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a |= b.")
    public static Object ior(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.OR); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a ^= b.")
    public static Object ixor(ThreadState ts, Object a, Object b) { return Arith.inplace(ts, a, b, Op.XOR); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a < b.")
    public static Object lt(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.LT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a <= b.")
    public static Object le(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.LE); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a == b.")
    public static Object eq(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.EQ); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a != b.")
    public static Object ne(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.NE); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a > b.")
    public static Object gt(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.GT); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a >= b.")
    public static Object ge(ThreadState ts, Object a, Object b) { return Compare.richCompare(ts, a, b, Compare.GE); }

    @PyMethod(value = "($module, a, /)", doc = "Same as abs(a).")
    public static Object abs(ThreadState ts, Object a) { return Builtins.abs(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as -a.")
    public static Object neg(ThreadState ts, Object a) { return Arith.neg(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as +a.")
    public static Object pos(ThreadState ts, Object a) { return Arith.pos(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as ~a.")
    public static Object inv(ThreadState ts, Object a) { return Arith.invert(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as ~a.")
    public static Object invert(ThreadState ts, Object a) { return Arith.invert(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as a.__index__()")
    public static Object index(ThreadState ts, Object a) { return Convert.index(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Same as not a.")
    public static Object not_(ThreadState ts, Object a) { return !Ops.isTrue(ts, a); }

    @PyMethod(value = "($module, a, /)", doc = "Return True if a is true, False otherwise.")
    public static Object truth(ThreadState ts, Object a) { return Ops.isTrue(ts, a); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a is b.")
    public static Object is_(Object a, Object b) { return Compare.is(a, b); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a is not b.")
    public static Object is_not(Object a, Object b) { return !Compare.is(a, b); }

    // ---- sequences and mappings ----

    /** PySequence_Check: list, tuple, str, bytes-likes and anything with __getitem__ but a dict. */
    private static boolean isSequence(Object o) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof PyList || v instanceof PyTuple || v instanceof String) {
            return true;
        }
        return !(v instanceof PyDict) && Ops.type(o).lookup("__getitem__") != null;
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a + b, for a and b sequences.")
    public static Object concat(ThreadState ts, Object a, Object b) {
        if (!isSequence(a)) {
            throw PyException.typeError("'" + Ops.typeName(a) + "' object can't be concatenated");
        }
        return Arith.binary(ts, a, b, Op.ADD);
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a += b, for a and b sequences.")
    public static Object iconcat(ThreadState ts, Object a, Object b) {
        if (!isSequence(a)) {
            throw PyException.typeError("'" + Ops.typeName(a) + "' object can't be concatenated");
        }
        return Arith.inplace(ts, a, b, Op.ADD);
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as b in a (note reversed operands).")
    public static Object contains(ThreadState ts, Object a, Object b) { return Ops.contains(ts, a, b); }

    /** The iterator of countOf and indexOf, with _PySequence_IterSearch's error. */
    private static PyIterator searched(ThreadState ts, Object seq) {
        try {
            return Ops.iter(ts, seq);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError)) {
                throw PyException.typeError("argument of type '" + Ops.typeName(seq) + "' is not iterable");
            }
            throw e;
        }
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Return the number of items in a which are, or which equal, b.")
    public static Object countOf(ThreadState ts, Object a, Object b) {
        PyIterator it = searched(ts, a);
        long n = 0;
        for (Object x = it.next(ts); x != null; x = it.next(ts)) {
            if (Ops.eq(ts, x, b)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Return the first index of b in a.")
    public static Object indexOf(ThreadState ts, Object a, Object b) {
        PyIterator it = searched(ts, a);
        long i = 0;
        for (Object x = it.next(ts); x != null; x = it.next(ts), i++) {
            if (Ops.eq(ts, x, b)) {
                return i;
            }
        }
        throw PyException.valueError("sequence.index(x): x not in sequence");
    }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as a[b].")
    public static Object getitem(ThreadState ts, Object a, Object b) { return Ops.getItem(ts, a, b); }

    @PyMethod(value = "($module, a, b, c, /)", doc = "Same as a[b] = c.")
    public static void setitem(ThreadState ts, Object a, Object b, Object c) { Ops.setItem(ts, a, b, c); }

    @PyMethod(value = "($module, a, b, /)", doc = "Same as del a[b].")
    public static void delitem(ThreadState ts, Object a, Object b) { Ops.delItem(ts, a, b); }

    @PyMethod(value = "($module, obj, /, *args, **kwargs)", args = ArgStyle.UNPACK,
            doc = "Same as obj(*args, **kwargs).")
    public static Object call(ThreadState ts, Object obj, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, obj, args, kwargs);
    }

    /**
     * PyObject_LengthHint: len() when the object has one (a TypeError from it passes over), else
     * {@code __length_hint__} (NotImplemented meaning "no hint"), else the default.
     */
    @PyMethod(value = "($module, obj, default=0, /)",
            doc = "Return an estimate of the number of items in obj.\n\n"
                    + "This is useful for presizing containers when building from an iterable.\n\n"
                    + "If the object supports len(), the result will be exact.\n"
                    + "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
                    + "The result will be an integer >= 0.")
    public static Object length_hint(ThreadState ts, Object obj, long dflt) {
        Object v = PyValueInstance.unwrap(obj);
        PyType t = Ops.type(obj);
        if (v instanceof String || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict
                || t.lookup("__len__") != null) {
            try {
                return Ops.len(ts, obj);
            } catch (PyException e) {
                if (!e.exc.matches(Exc.TypeError)) {
                    throw e;
                }
            }
        }
        Object hint = t.lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        Object r = Ops.callDescr(ts, hint, obj, Ops.NO_ARGS);
        if (r == Singleton.NOT_IMPLEMENTED) {
            return dflt;
        }
        Object n = Convert.intValue(r);
        if (n == null) {
            throw PyException.typeError("__length_hint__ must be an integer, not " + Ops.typeName(r));
        }
        long len = Convert.asSsize(ts, n);
        if (len < 0) {
            throw PyException.valueError("__length_hint__() should return >= 0");
        }
        return len;
    }

    /** Compares in time independent of where the inputs differ (hmac.compare_digest). */
    @PyMethod(value = "($module, a, b, /)", doc = "Return 'a == b'.\n\n"
            + "This function uses an approach designed to prevent\n"
            + "timing analysis, making it appropriate for cryptography.\n\n"
            + "a and b must both be of the same type: either str (ASCII only),\n"
            + "or any bytes-like object.\n\n"
            + "Note: If a and b are of different lengths, or if an error occurs,\n"
            + "a timing attack could theoretically reveal information about the\n"
            + "types and lengths of a and b--but not their values.")
    public static Object _compare_digest(Object a, Object b) {
        Object sa = PyValueInstance.unwrap(a);
        Object sb = PyValueInstance.unwrap(b);
        if (sa instanceof String x && sb instanceof String y) {
            if (!x.chars().allMatch(c -> c < 128) || !y.chars().allMatch(c -> c < 128)) {
                throw PyException.typeError("comparing strings with non-ASCII characters is not supported");
            }
            return constantTimeEquals(x.getBytes(StandardCharsets.US_ASCII),
                    y.getBytes(StandardCharsets.US_ASCII));
        }
        if (Convert.bufferOrNull(a) == null && Convert.bufferOrNull(b) == null) {
            throw PyException.typeError("unsupported operand types(s) or combination of types: '" + Ops.typeName(a)
                    + "' and '" + Ops.typeName(b) + "'");
        }
        PyBuffer x = Convert.buffer(a);
        PyBuffer y = Convert.buffer(b);
        return constantTimeEquals(x.toArray(), y.toArray());
    }

    /** Looks at every byte of b whatever the lengths and contents, as CPython's _tscmp. */
    private static boolean constantTimeEquals(byte[] a, byte[] b) {
        byte[] left = a.length == b.length ? a : b;
        int result = a.length == b.length ? 0 : 1;
        for (int i = 0; i < b.length; i++) {
            result |= left[i] ^ b[i];
        }
        return result == 0;
    }
}
