package org.pythebo.runtime.weakref;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Arith.Op;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code weakref.proxy(o)}: an object that stands for its referent in every operation
 * (attributes, operators, items, iteration, and calls for {@code weakref.CallableProxyType},
 * the type of proxies to callable objects), raising ReferenceError once the referent is gone.
 * Operands that are proxies are replaced by their referents on both sides, as CPython does.
 * Attribute access goes to the referent, {@code __class__} included (the engine's attribute
 * operations ask {@link #forwardsAttributes}).
 */
public final class PyWeakProxy extends PyWeakReference {
    public static final PyType TYPE = PyType.newBuiltin("weakref.ProxyType", PyType.OBJECT, PyWeakProxy.class,
            PyType.Layout.OBJECT);
    public static final PyType CALLABLE_TYPE = PyType.newBuiltin("weakref.CallableProxyType", PyType.OBJECT,
            CallableMethods.class, PyType.Layout.OBJECT);

    static {
        // The callable proxy has every method of the other but __reversed__, and __call__.
        for (var e : TYPE.typeDict().entrySet()) {
            if (!e.getKey().equals("__reversed__")) {
                CALLABLE_TYPE.typeDict().putIfAbsent(e.getKey(), e.getValue());
            }
        }
    }

    private final boolean callable;

    private PyWeakProxy(WeakrefList list, Object callback, boolean callable) {
        super(list, callback);
        this.callable = callable;
    }

    @Override
    public PyType type() { return callable ? CALLABLE_TYPE : TYPE; }

    /** {@code weakref.proxy(referent, callback)}: the shared basic proxy when there is no callback. */
    public static PyWeakProxy create(ThreadState ts, Object referent, Object callback) {
        WeakrefList list = WeakrefList.of(ts, checkReferent(referent));
        boolean callable = referent instanceof PyCallable || referent instanceof PyType
                || Ops.type(referent).lookup("__call__") != null;
        Object cb = callback == Singleton.NONE ? null : callback;
        if (cb == null) {
            return list.basicProxy(() -> new PyWeakProxy(list, null, callable));
        }
        PyWeakProxy p = new PyWeakProxy(list, cb, callable);
        list.add(p);
        return p;
    }

    /** The object an operand stands for: a proxy's referent (ReferenceError when gone), else itself. */
    static Object referentOf(Object o) {
        if (o instanceof PyWeakProxy p) {
            Object r = p.referent();
            if (r == null) {
                throw PyException.of(Exc.ReferenceError, "weakly-referenced object no longer exists");
            }
            return r;
        }
        return o;
    }

    /** Whether attribute operations on {@code o} go to a referent instead of its own type. */
    public static boolean forwardsAttributes(Object o) {
        return o instanceof PyWeakProxy;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        throw PyException.typeError("cannot create '" + ((PyType) cls).name + "' instances");
    }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        return Ops.getAttr(ts, referentOf(self), ObjectMethods.attrName(name));
    }

    @PyMethod("($self, name, value, /)")
    public static Object __setattr__(ThreadState ts, Object self, Object name, Object value) {
        Ops.setAttr(ts, referentOf(self), ObjectMethods.attrName(name), value);
        return null;
    }

    @PyMethod("($self, name, /)")
    public static Object __delattr__(ThreadState ts, Object self, Object name) {
        Ops.delAttr(ts, referentOf(self), ObjectMethods.attrName(name));
        return null;
    }

    /** {@code <weakproxy at 0x... to C at 0x...>}; a dead proxy shows None's type and address, as CPython's does. */
    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        Object o = ((PyWeakProxy) self).referent();
        Object shown = o == null ? Singleton.NONE : o;
        return "<weakproxy at " + address(self) + " to " + Ops.typeName(shown) + " at " + address(shown) + ">";
    }

    @PyMethod("($self, /)")
    public static Object __str__(ThreadState ts, Object self) {
        return Ops.str(ts, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) {
        throw PyException.typeError("unhashable type: '" + Ops.typeName(self) + "'");
    }

    @PyMethod("($self, /)")
    public static Object __bool__(ThreadState ts, Object self) {
        return Ops.isTrue(ts, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __bytes__(ThreadState ts, Object self) {
        return Ops.callMethod(ts, referentOf(self), "__bytes__");
    }

    @PyMethod("($self, /)")
    public static Object __reversed__(ThreadState ts, Object self) {
        return Ops.callMethod(ts, referentOf(self), "__reversed__");
    }

    @PyMethod("($self, /)")
    public static Object __len__(ThreadState ts, Object self) {
        return Ops.len(ts, referentOf(self));
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) {
        return Ops.contains(ts, referentOf(self), referentOf(key));
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(ThreadState ts, Object self, Object key) {
        return Ops.getItem(ts, referentOf(self), referentOf(key));
    }

    @PyMethod("($self, key, value, /)")
    public static Object __setitem__(ThreadState ts, Object self, Object key, Object value) {
        Ops.setItem(ts, referentOf(self), referentOf(key), referentOf(value));
        return null;
    }

    @PyMethod("($self, key, /)")
    public static Object __delitem__(ThreadState ts, Object self, Object key) {
        Ops.delItem(ts, referentOf(self), referentOf(key));
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(ThreadState ts, Object self) {
        return Ops.iterObject(ts, referentOf(self));
    }

    /** CPython's proxy_iternext: the referent must be an iterator; exhaustion is StopIteration. */
    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        Object o = referentOf(self);
        if (o instanceof PyIterator it) {
            Object v = it.next(ts);
            if (v == null) {
                throw new PyException(PyBaseException.create(Exc.StopIteration, null));
            }
            return v;
        }
        if (Ops.type(o).lookup("__next__") == null) {
            throw PyException.typeError("Weakref proxy referenced a non-iterator '" + Ops.typeName(o) + "' object");
        }
        return Ops.callMethod(ts, o, "__next__");
    }

    @PyMethod("($self, /)")
    public static Object __neg__(ThreadState ts, Object self) {
        return Arith.neg(ts, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __pos__(ThreadState ts, Object self) {
        return Arith.pos(ts, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __invert__(ThreadState ts, Object self) {
        return Arith.invert(ts, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __abs__(ThreadState ts, Object self) {
        Object o = referentOf(self);
        Object abs = Ops.type(o).lookup("__abs__");
        if (abs == null) {
            throw PyException.typeError("bad operand type for abs(): '" + Ops.typeName(o) + "'");
        }
        return Ops.callDescr(ts, abs, o, Ops.NO_ARGS);
    }

    @PyMethod("($self, /)")
    public static Object __int__(ThreadState ts, Object self) {
        return Ops.call(ts, PyType.INT, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __float__(ThreadState ts, Object self) {
        return Ops.call(ts, PyType.FLOAT, referentOf(self));
    }

    @PyMethod("($self, /)")
    public static Object __index__(ThreadState ts, Object self) {
        return Convert.index(ts, referentOf(self));
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __pow__(ThreadState ts, Object self, Object other, Object mod) {
        return power(ts, referentOf(self), referentOf(other), mod);
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __rpow__(ThreadState ts, Object self, Object other, Object mod) {
        return power(ts, referentOf(other), referentOf(self), mod);
    }

    @PyMethod("($self, value, /)")
    public static Object __ipow__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.POW);
    }

    private static Object power(ThreadState ts, Object base, Object exp, Object mod) {
        Object m = referentOf(mod);
        return m == Singleton.NONE ? Arith.binary(ts, base, exp, Op.POW) : Arith.pow3(ts, base, exp, m);
    }

    @PyMethod("($self, value, /)")
    public static Object __divmod__(ThreadState ts, Object self, Object other) {
        return Arith.divmod(ts, referentOf(self), referentOf(other));
    }

    @PyMethod("($self, value, /)")
    public static Object __rdivmod__(ThreadState ts, Object self, Object other) {
        return Arith.divmod(ts, referentOf(other), referentOf(self));
    }

    @PyMethod("($self, value, /)")
    public static Object __add__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.ADD);
    }

    @PyMethod("($self, value, /)")
    public static Object __radd__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.ADD);
    }

    @PyMethod("($self, value, /)")
    public static Object __iadd__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.ADD);
    }

    @PyMethod("($self, value, /)")
    public static Object __sub__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.SUB);
    }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.SUB);
    }

    @PyMethod("($self, value, /)")
    public static Object __isub__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.SUB);
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.MUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.MUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __imul__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.MUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __matmul__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.MATMUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmatmul__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.MATMUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __imatmul__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.MATMUL);
    }

    @PyMethod("($self, value, /)")
    public static Object __truediv__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.TRUEDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __rtruediv__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.TRUEDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __itruediv__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.TRUEDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __floordiv__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.FLOORDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __rfloordiv__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.FLOORDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __ifloordiv__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.FLOORDIV);
    }

    @PyMethod("($self, value, /)")
    public static Object __mod__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.MOD);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.MOD);
    }

    @PyMethod("($self, value, /)")
    public static Object __imod__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.MOD);
    }

    @PyMethod("($self, value, /)")
    public static Object __lshift__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.LSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __rlshift__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.LSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __ilshift__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.LSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __rshift__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.RSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __rrshift__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.RSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __irshift__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.RSHIFT);
    }

    @PyMethod("($self, value, /)")
    public static Object __and__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.AND);
    }

    @PyMethod("($self, value, /)")
    public static Object __rand__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.AND);
    }

    @PyMethod("($self, value, /)")
    public static Object __iand__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.AND);
    }

    @PyMethod("($self, value, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.OR);
    }

    @PyMethod("($self, value, /)")
    public static Object __ror__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.OR);
    }

    @PyMethod("($self, value, /)")
    public static Object __ior__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.OR);
    }

    @PyMethod("($self, value, /)")
    public static Object __xor__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(self), referentOf(other), Op.XOR);
    }

    @PyMethod("($self, value, /)")
    public static Object __rxor__(ThreadState ts, Object self, Object other) {
        return Arith.binary(ts, referentOf(other), referentOf(self), Op.XOR);
    }

    @PyMethod("($self, value, /)")
    public static Object __ixor__(ThreadState ts, Object self, Object other) {
        return Arith.inplace(ts, referentOf(self), referentOf(other), Op.XOR);
    }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.LT);
    }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.LE);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.EQ);
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.NE);
    }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.GT);
    }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) {
        return Compare.richCompare(ts, referentOf(self), referentOf(other), Compare.GE);
    }

    /** The methods only {@code weakref.CallableProxyType} has. */
    static final class CallableMethods {
        private CallableMethods() {}

        @PyMethod("($type, *args, **kwargs)")
        public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
            return PyWeakProxy.__new__(cls, args, kwargs);
        }

        @PyMethod("($self, /, *args, **kwargs)")
        public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
            Object o = referentOf(self);
            if (kwargs.size() == 0) {
                return Ops.call(ts, o, args, null);
            }
            String[] names = new String[kwargs.size()];
            Object[] all = java.util.Arrays.copyOf(args, args.length + names.length);
            int[] i = {0};
            kwargs.forEachEntry((k, v) -> {
                names[i[0]] = (String) k;
                all[args.length + i[0]++] = v;
            });
            return Ops.call(ts, o, all, names);
        }
    }
}
