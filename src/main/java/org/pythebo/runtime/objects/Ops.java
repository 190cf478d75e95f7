package org.pythebo.runtime.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Supplier;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyRange;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.collections.Sequences;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.text.Repr;
import org.pythebo.runtime.text.StrMethods;
import org.pythebo.runtime.weakref.PyWeakProxy;

/**
 * The operations of the language as static methods: type, truth, repr/str, hash, equality,
 * attribute access, items, calls and iteration. The tree interpreter calls them, and a later
 * bytecode tier can emit calls to the very same methods. Each one tries the built-in Java
 * representations first and then dispatches through the type's special methods.
 */
public final class Ops {
    private Ops() {}

    public static final Object[] NO_ARGS = new Object[0];

    // ---- types ----

    public static PyType type(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return PyType.INT;
        }
        if (o instanceof String) {
            return PyType.STR;
        }
        if (o instanceof Double) {
            return PyType.FLOAT;
        }
        if (o instanceof Boolean) {
            return PyType.BOOL;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    public static String typeName(Object o) {
        return type(o).name;
    }

    /** How CPython's argument errors name a bad argument's type (_PyArg_BadArgument): None as "None". */
    public static String argTypeName(Object o) {
        return o == Singleton.NONE ? "None" : type(o).name;
    }

    public static boolean isInstance(Object o, PyType t) {
        return type(o).isSubtypeOf(t);
    }

    /** {@code isinstance(obj, cls)}: tuples (nested), unions and {@code __instancecheck__} of the metaclass. */
    public static boolean isInstance(ThreadState ts, Object obj, Object cls) {
        PyType t = type(obj);
        if (t == cls) {
            return true;
        }
        if (cls instanceof PyType ct && ct.type() == PyType.TYPE) {
            return objectIsInstance(ts, obj, ct);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isInstance(ts, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = type(cls).lookup("__instancecheck__");
        if (check != null) {
            return isTrue(ts, callDescr(ts, check, cls, new Object[] {obj}));
        }
        if (!(cls instanceof PyType) && lookupAttr(ts, cls, "__bases__") == null) {
            throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return cls instanceof PyType ct && objectIsInstance(ts, obj, ct);
    }

    /** type.__instancecheck__: the type, or a {@code __class__} the object claims. */
    static boolean objectIsInstance(ThreadState ts, Object obj, PyType cls) {
        PyType t = type(obj);
        if (t.isSubtypeOf(cls)) {
            return true;
        }
        if (!fromObject(t.lookup("__class__")) && lookupAttr(ts, obj, "__class__") instanceof PyType c && c != t) {
            return c.isSubtypeOf(cls);
        }
        return false;
    }

    /** {@code issubclass(sub, cls)}: tuples (nested), unions and {@code __subclasscheck__} of the metaclass. */
    public static boolean isSubclass(ThreadState ts, Object sub, Object cls) {
        if (cls instanceof PyType ct && ct.type() == PyType.TYPE) {
            if (sub == cls) {
                return true;
            }
            return objectIsSubclass(sub, ct);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isSubclass(ts, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = type(cls).lookup("__subclasscheck__");
        if (check != null) {
            return isTrue(ts, callDescr(ts, check, cls, new Object[] {sub}));
        }
        if (!(cls instanceof PyType)) {
            throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return objectIsSubclass(sub, (PyType) cls);
    }

    static boolean objectIsSubclass(Object sub, PyType cls) {
        if (!(sub instanceof PyType st)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        return st.isSubtypeOf(cls);
    }

    public static long id(Object o) {
        return System.identityHashCode(o) * 16L + 0x7f0000000000L;
    }

    // ---- truth ----

    public static boolean isTrue(ThreadState ts, Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == Singleton.NONE) {
            return false;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() > 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d) {
            return d.size() > 0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        PyType t = type(o);
        Object bool = t.lookup("__bool__");
        if (bool != null) {
            Object r = callDescr(ts, bool, o, NO_ARGS);
            if (!(r instanceof Boolean b)) {
                throw PyException.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        Object len = t.lookup("__len__");
        if (len != null) {
            return len(ts, o) != 0;
        }
        return !(o instanceof PyValueInstance v) || isTrue(ts, v.value);
    }

    /** A special method that only object provides: a subclass of a built-in value type then uses the value's own. */
    static boolean fromObject(Object m) {
        return m instanceof PyMethodDescr md && md.owner == PyType.OBJECT;
    }

    // ---- repr and str ----

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_GUARD =
            ThreadLocal.withInitial(IdentityHashMap::new);

    public static String repr(ThreadState ts, Object o) {
        if (o instanceof String s) {
            return Repr.str(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntMethods.decimal(b);
        }
        if (o instanceof Double d) {
            return Repr.floatRepr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        PyType t = type(o);
        Object m = t.lookup("__repr__");
        // A subclass of a built-in type that has its own repr (list, int...) shows its value that way;
        // one whose base has object's repr (_random.Random) shows its own class name.
        if (o instanceof PyValueInstance v && fromObject(m) && !fromObject(type(v.value).lookup("__repr__"))) {
            return repr(ts, v.value);
        }
        Object r = callDescr(ts, m, o, NO_ARGS);
        if (!(r instanceof String s)) {
            throw PyException.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    /** The built-in repr of containers, with "[...]" for recursive references. */
    public static String containerRepr(ThreadState ts, Object self, String open, String close, Object[] items,
                                boolean oneTuple) {
        IdentityHashMap<Object, Boolean> guard = REPR_GUARD.get();
        if (guard.containsKey(self)) {
            return open + "..." + close;
        }
        guard.put(self, true);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(ts, items[i]));
            }
            if (oneTuple && items.length == 1) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            guard.remove(self);
        }
    }

    /**
     * CPython's Py_ReprEnter/Py_ReprLeave around {@code body}: {@code recursive} when a repr of
     * {@code self} is already being made on this thread (a container that contains itself).
     */
    public static String reprOnce(Object self, String recursive, Supplier<String> body) {
        IdentityHashMap<Object, Boolean> guard = REPR_GUARD.get();
        if (guard.containsKey(self)) {
            return recursive;
        }
        guard.put(self, true);
        try {
            return body.get();
        } finally {
            guard.remove(self);
        }
    }

    public static String dictRepr(ThreadState ts, PyDict d) {
        IdentityHashMap<Object, Boolean> guard = REPR_GUARD.get();
        if (guard.containsKey(d)) {
            return "{...}";
        }
        guard.put(d, true);
        try {
            StringBuilder sb = new StringBuilder("{");
            d.forEachEntry((k, v) -> {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(repr(ts, k)).append(": ").append(repr(ts, v));
            });
            return sb.append('}').toString();
        } finally {
            guard.remove(d);
        }
    }

    public static String str(ThreadState ts, Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntMethods.decimal(b);
        }
        if (o instanceof Double d) {
            return Repr.floatRepr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        PyType t = type(o);
        Object m = t.lookup("__str__");
        if (o instanceof PyValueInstance v && fromObject(m) && fromObject(t.lookup("__repr__"))) {
            return str(ts, v.value);
        }
        Object r = callDescr(ts, m, o, NO_ARGS);
        if (!(r instanceof String s)) {
            throw PyException.typeError("__str__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    // ---- hashing and equality ----

    public static final long HASH_MODULUS = (1L << 61) - 1;

    public static long hash(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return Arith.hashLong(l);
        }
        if (o instanceof String s) {
            return ts != null ? ts.strHashes.hashStr(s) : PyHash.hashStr(s);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return Arith.hashDouble(d);
        }
        if (o instanceof BigInteger b) {
            return Arith.hashBig(b);
        }
        if (o instanceof PyTuple t) {
            return tupleHash(ts, t);
        }
        PyType type = type(o);
        Object h = type.lookup("__hash__");
        if (h == null || h == Singleton.NONE) {
            throw PyException.typeError("unhashable type: '" + type.name + "'");
        }
        if (fromObject(h)) {
            return o instanceof PyValueInstance v ? hash(ts, v.value) : System.identityHashCode(o);
        }
        Object r = callDescr(ts, h, o, NO_ARGS);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        if (r instanceof BigInteger b) {
            return Arith.hashBig(b);
        }
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PyException.typeError("__hash__ method should return an integer");
    }

    private static long tupleHash(ThreadState ts, PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : t.items) {
            long lane = hash(ts, item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** {@code a == b} as a Java boolean (identity first, as containers compare). */
    public static boolean eq(ThreadState ts, Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return isTrue(ts, Compare.richCompare(ts, a, b, Compare.EQ));
    }

    // ---- attributes ----

    /** {@code getattr(obj, name)}: raises AttributeError when missing. */
    public static Object getAttr(ThreadState ts, Object obj, String name) {
        Object v = lookupAttr(ts, obj, name);
        if (v == null) {
            throw attributeError(obj instanceof PyBoundMethod m ? m.function : obj, name);
        }
        return v;
    }

    public static PyException attributeError(Object obj, String name) {
        if (obj instanceof PyType t) {
            return PyException.attributeError("type object '" + t.name + "' has no attribute '" + name + "'", obj, name);
        }
        if (obj instanceof PyModule m) {
            return PyException.attributeError("module '" + m.name + "' has no attribute '" + name + "'", obj, name);
        }
        return PyException.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'", obj, name);
    }

    /**
     * _PyObject_LookupAttr: the attribute, or null when missing, an AttributeError raised by a
     * getter or a {@code __getattr__} hook counting as missing too.
     */
    public static Object optionalAttr(ThreadState ts, Object obj, String name) {
        try {
            return lookupAttr(ts, obj, name);
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** The attribute, or null when missing (AttributeError from a getter still propagates). */
    public static Object lookupAttr(ThreadState ts, Object obj, String name) {
        PyType t = type(obj);
        Object ga = t.lookup("__getattribute__");
        if (PyWeakProxy.forwardsAttributes(obj)) {
            // The referent's own AttributeError names the referent's type, as CPython's does.
            return callDescr(ts, ga, obj, new Object[] {name});
        }
        if (!(ga instanceof PyMethodDescr)) {
            try {
                return callDescr(ts, ga, obj, new Object[] {name});
            } catch (PyException e) {
                if (e.exc.matches(Exc.AttributeError)) {
                    Object getattr = t.lookup("__getattr__");
                    if (getattr != null) {
                        return callDescr(ts, getattr, obj, new Object[] {name});
                    }
                    return null;
                }
                throw e;
            }
        }
        Object v;
        try {
            if (obj instanceof PySuper s) {
                v = s.lookup(ts, name);
                if (v == null) {
                    v = genericGetAttr(ts, obj, t, name);
                }
            } else {
                v = obj instanceof PyType type ? typeGetAttr(ts, type, name) : genericGetAttr(ts, obj, t, name);
            }
        } catch (PyException e) {
            // slot_tp_getattr_hook: an AttributeError from __getattribute__ (a property's getter,
            // say) falls back to __getattr__.
            if (obj instanceof AttributeSource source && e.exc.matches(Exc.AttributeError)) {
                // object's __dict__ getter finds no dict on a bound method: the function's is meant.
                return getAttr(ts, source.attributeSource(), name);
            }
            Object getattr = e.exc.matches(Exc.AttributeError) ? t.lookup("__getattr__") : null;
            if (getattr == null) {
                throw e;
            }
            return callDescr(ts, getattr, obj, new Object[] {name});
        }
        if (v == null) {
            if (obj instanceof AttributeSource source) {
                // The source's own AttributeError names the source's type, as CPython's does.
                return getAttr(ts, source.attributeSource(), name);
            }
            Object getattr = t.lookup("__getattr__");
            if (obj instanceof PyModule m) {
                // PEP 562: the module's own __getattr__, before a ModuleType subclass's; its
                // AttributeError means "missing", which callers of lookupAttr test for.
                Object moduleGetattr = m.globals.get("__getattr__");
                if (moduleGetattr != null) {
                    try {
                        return call(ts, moduleGetattr, name);
                    } catch (PyException e) {
                        if (!e.exc.matches(Exc.AttributeError)) {
                            throw e;
                        }
                    }
                }
            }
            if (getattr != null) {
                return callDescr(ts, getattr, obj, new Object[] {name});
            }
        }
        return v;
    }

    /** object.__getattribute__: data descriptors, then the instance dict, then the rest. */
    public static Object genericGetAttr(ThreadState ts, Object obj, PyType t, String name) {
        Object descr = t.lookup(name);
        if (descr != null && overridesInstanceDict(descr)) {
            return bindDescriptor(ts, descr, obj, t);
        }
        if (obj instanceof HasDict hd) {
            if (obj instanceof PyModule m) {
                Object v = m.globals.get(name);
                if (v != null) {
                    return v;
                }
            } else {
                Object v = hd.dict().get(ts, name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (descr != null) {
            return bindDescriptor(ts, descr, obj, t);
        }
        return null;
    }

    /** type.__getattribute__: the metatype's data descriptors, then the class's MRO, then the metatype. */
    static Object typeGetAttr(ThreadState ts, PyType type, String name) {
        PyType meta = type.type();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && overridesInstanceDict(metaAttr)) {
            return bindDescriptor(ts, metaAttr, type, meta);
        }
        Object v = type.lookup(name);
        if (v != null) {
            if (v instanceof Descriptor d) {
                return d.get(ts, null, type);
            }
            PyType vt = type(v);
            Object get = vt.lookup("__get__");
            if (get != null) {
                return callDescr(ts, get, v, new Object[] {Singleton.NONE, type});
            }
            return v;
        }
        if (metaAttr != null) {
            return bindDescriptor(ts, metaAttr, type, meta);
        }
        return null;
    }

    /**
     * A data descriptor that also has {@code __get__}: what attribute reads take before the
     * instance dict. One with only {@code __set__} is returned itself unless the instance dict
     * has the name (_PyObject_GenericGetAttrWithDict).
     */
    public static boolean overridesInstanceDict(Object descr) {
        if (descr instanceof Descriptor d) {
            return d.isData();
        }
        return isDataDescriptor(descr) && ((PyObject) descr).type().lookup("__get__") != null;
    }

    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof Descriptor d) {
            return d.isData();
        }
        if (descr instanceof PyObject p && p.type().heapType) {
            PyType dt = p.type();
            return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
        }
        return false;
    }

    /** Applies the descriptor protocol to a value found in a type's dict. */
    public static Object bindDescriptor(ThreadState ts, Object descr, Object obj, PyType t) {
        if (descr instanceof Descriptor d) {
            return d.get(ts, obj, t);
        }
        if (descr instanceof PyObject p && p.type().heapType) {
            Object get = p.type().lookup("__get__");
            if (get != null) {
                return callDescr(ts, get, descr, new Object[] {obj == null ? Singleton.NONE : obj, t});
            }
        }
        return descr;
    }

    public static void setAttr(ThreadState ts, Object obj, String name, Object value) {
        PyType t = type(obj);
        Object sa = t.lookup("__setattr__");
        if (!(sa instanceof PyMethodDescr) || PyWeakProxy.forwardsAttributes(obj)) {
            callDescr(ts, sa, obj, value == null ? new Object[] {name} : new Object[] {name, value});
            return;
        }
        genericSetAttr(ts, obj, name, value);
    }

    public static void delAttr(ThreadState ts, Object obj, String name) {
        PyType t = type(obj);
        Object da = t.lookup("__delattr__");
        if (!(da instanceof PyMethodDescr) || PyWeakProxy.forwardsAttributes(obj)) {
            callDescr(ts, da, obj, new Object[] {name});
            return;
        }
        genericSetAttr(ts, obj, name, null);
    }

    /** object.__setattr__ / __delattr__ (value null): data descriptors, then the instance dict. */
    public static void genericSetAttr(ThreadState ts, Object obj, String name, Object value) {
        if (obj instanceof PyType type) {
            Object metaAttr = type.type().lookup(name);
            if (metaAttr != null && isDataDescriptor(metaAttr)) {
                setDescriptor(ts, metaAttr, obj, name, value);
                return;
            }
            type.setAttr(name, value);
            return;
        }
        PyType t = type(obj);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            setDescriptor(ts, descr, obj, name, value);
            return;
        }
        if (obj instanceof PyModule m) {
            if (value == null && m.globals.get(name) == null) {
                throw attributeError(obj, name);
            }
            m.globals.put(name, value);
            return;
        }
        if (obj instanceof HasDict hd && !(obj instanceof PyFunction && descr != null)) {
            PyDict d = hd.dict();
            if (value == null) {
                if (d.remove(ts, name) == null) {
                    throw attributeError(obj, name);
                }
            } else {
                d.setItem(ts, name, value);
            }
            return;
        }
        if (descr == null) {
            throw PyException.attributeError("'" + t.name + "' object has no attribute '" + name + "'", obj, name);
        }
        throw PyException.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only", obj, name);
    }

    /** Sets (value null: deletes) through a data descriptor: Java ones directly, else __set__/__delete__. */
    private static void setDescriptor(ThreadState ts, Object descr, Object obj, String name, Object value) {
        if (descr instanceof Descriptor d) {
            d.set(ts, obj, value);
            return;
        }
        String which = value == null ? "__delete__" : "__set__";
        Object set = type(descr).lookup(which);
        if (set == null) {
            throw PyException.attributeError(which, descr, which);
        }
        callDescr(ts, set, descr, value == null ? new Object[] {obj} : new Object[] {obj, value});
    }

    // ---- calls ----

    /** callable(o): whether o can be called (a type, a Java callable, or anything with {@code __call__}). */
    public static boolean isCallable(Object o) {
        return o instanceof PyCallable || o instanceof PyType || type(o).lookup("__call__") != null;
    }

    public static Object call(ThreadState ts, Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            return c.call(ts, args, kwnames);
        }
        if (callable instanceof PyType t) {
            return TypeMethods.callType(ts, t, args, kwnames);
        }
        Object call = type(callable).lookup("__call__");
        if (call == null) {
            throw PyException.typeError("'" + typeName(callable) + "' object is not callable");
        }
        return callDescr(ts, call, callable, args, kwnames);
    }

    public static Object call(ThreadState ts, Object callable, Object... args) {
        return call(ts, callable, args, null);
    }

    /** {@code callable(*args, **kwargs)}: the keywords become trailing arguments named by kwnames. */
    public static Object callWithKwargs(ThreadState ts, Object callable, Object[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(ts, callable, args, null);
        }
        List<Object> all = new ArrayList<>(List.of(args));
        List<String> kwnames = new ArrayList<>();
        kwargs.forEachEntry((k, v) -> {
            if (!(k instanceof String name)) {
                throw PyException.typeError("keywords must be strings");
            }
            kwnames.add(name);
            all.add(v);
        });
        return call(ts, callable, all.toArray(), kwnames.toArray(new String[0]));
    }

    /** Calls a value found in a type dict as a method of {@code self}, without making a bound method. */
    public static Object callDescr(ThreadState ts, Object descr, Object self, Object[] args) {
        return callDescr(ts, descr, self, args, null);
    }

    public static Object callDescr(ThreadState ts, Object descr, Object self, Object[] args, String[] kwnames) {
        if (descr instanceof PyFunction f) {
            return f.callWithSelf(ts, self, args, kwnames);
        }
        if (descr instanceof PyMethodDescr md) {
            return md.callMethod(ts, self, args, kwnames);
        }
        return call(ts, bindDescriptor(ts, descr, self, type(self)), args, kwnames);
    }

    /** {@code obj.name(*args)} for special methods looked up on the type; raises AttributeError if missing. */
    public static Object callMethod(ThreadState ts, Object obj, String name, Object... args) {
        Object descr = type(obj).lookup(name);
        if (descr == null) {
            throw attributeError(obj, name);
        }
        return callDescr(ts, descr, obj, args);
    }

    /** super() with no arguments: __class__ and the first argument of the calling function's frame. */
    public static Object zeroArgSuper(ThreadState ts) {
        Frame f = ts.frame;
        if (f == null || f.code.kind != PyCode.Kind.FUNCTION) {
            throw PyException.runtimeError("super(): no arguments");
        }
        if (f.code.argcount == 0 && !f.code.varargs) {
            throw PyException.runtimeError("super(): no arguments");
        }
        Object first = f.locals.length > 0 ? f.locals[0] : null;
        for (int i = 0; i < f.code.cellvars.length; i++) {
            if (f.code.cellFromParam[i] == 0) {
                first = f.cells[i].value;
            }
        }
        PyCell classCell = null;
        String[] frees = f.code.freevars;
        for (int i = 0; i < frees.length; i++) {
            if (frees[i].equals("__class__")) {
                classCell = f.cells[f.code.cellvars.length + i];
            }
        }
        if (classCell == null) {
            throw PyException.runtimeError("super(): __class__ cell not found");
        }
        if (classCell.value == null) {
            throw PyException.runtimeError("super(): empty __class__ cell");
        }
        if (first == null) {
            throw PyException.runtimeError("super(): arg[0] deleted");
        }
        return PySuper.of(ts, classCell.value, first);
    }

    // ---- items ----

    public static Object getItem(ThreadState ts, Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof Long i) {
                return l.get(i);
            }
            if (key instanceof PySlice s) {
                return new PyList(Sequences.slice(l.toArray(), s));
            }
            return l.get(indexFor(key, "list"));
        }
        if (obj instanceof PyDict d && d.type() == PyType.DICT) {
            return d.getItem(ts, key);
        }
        if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.of(Sequences.slice(t.items, s));
            }
            long i = indexFor(key, "tuple");
            long j = i < 0 ? i + t.size() : i;
            if (j < 0 || j >= t.size()) {
                throw PyException.indexError("tuple index out of range");
            }
            return t.items[(int) j];
        }
        if (obj instanceof String s) {
            return StrMethods.getItem(s, key);
        }
        if (obj instanceof PyRange r) {
            if (key instanceof PySlice s) {
                return r.slice(s);
            }
            long i = indexFor(key, "range");
            long j = i < 0 ? i + r.length : i;
            if (j < 0 || j >= r.length) {
                throw PyException.indexError("range object index out of range");
            }
            return r.item(j);
        }
        PyType t = type(obj);
        Object gi = t.lookup("__getitem__");
        if (obj instanceof PyValueInstance v && !(gi instanceof PyFunction)) {
            return valueGetItem(ts, v, key);
        }
        if (gi == null) {
            if (obj instanceof PyType pt) {
                Object cgi = pt.lookup("__class_getitem__");
                if (cgi != null) {
                    return call(ts, bindDescriptor(ts, cgi, null, pt), key);
                }
                if (PyGenericAlias.isGeneric(pt)) {
                    return new PyGenericAlias(pt, key);
                }
                throw PyException.typeError("type '" + pt.name + "' is not subscriptable");
            }
            throw PyException.typeError("'" + t.name + "' object is not subscriptable");
        }
        return callDescr(ts, gi, obj, new Object[] {key});
    }

    /** {@code obj[key]} on a subclass of a built-in container: the base's item, and __missing__ for dicts. */
    private static Object valueGetItem(ThreadState ts, PyValueInstance v, Object key) {
        if (v.value instanceof PyDict d) {
            Object r = d.get(ts, key);
            if (r != null) {
                return r;
            }
            Object missing = v.type().lookup("__missing__");
            if (missing != null) {
                return callDescr(ts, missing, v, new Object[] {key});
            }
            throw PyException.keyError(key);
        }
        return getItem(ts, v.value, key);
    }

    private static long indexFor(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        }
        if (key instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (key instanceof BigInteger) {
            throw PyException.of(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        if (type(key).lookup("__index__") != null) {
            return index(key);
        }
        throw PyException.typeError(what + " indices must be integers or slices, not " + typeName(key));
    }

    public static void setItem(ThreadState ts, Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                Sequences.setSlice(ts, l, s, value);
                return;
            }
            l.set(indexFor(key, "list"), value);
            return;
        }
        if (obj instanceof PyDict d && d.type() == PyType.DICT) {
            d.setItem(ts, key, value);
            return;
        }
        Object si = type(obj).lookup("__setitem__");
        if (obj instanceof PyValueInstance v && !(si instanceof PyFunction)) {
            setItem(ts, v.value, key, value);
            return;
        }
        if (si == null) {
            throw PyException.typeError("'" + typeName(obj) + "' object does not support item assignment");
        }
        callDescr(ts, si, obj, new Object[] {key, value});
    }

    public static void delItem(ThreadState ts, Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                Sequences.delSlice(l, s);
                return;
            }
            l.delete(indexFor(key, "list"));
            return;
        }
        if (obj instanceof PyDict d && d.type() == PyType.DICT) {
            if (d.remove(ts, key) == null) {
                throw PyException.keyError(key);
            }
            return;
        }
        Object di = type(obj).lookup("__delitem__");
        if (obj instanceof PyValueInstance v && !(di instanceof PyFunction)) {
            delItem(ts, v.value, key);
            return;
        }
        if (di == null) {
            throw PyException.typeError("'" + typeName(obj) + "' object doesn't support item deletion");
        }
        callDescr(ts, di, obj, new Object[] {key});
    }

    // ---- sizes, membership, iteration ----

    public static long len(ThreadState ts, Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        Object len = type(o).lookup("__len__");
        if (o instanceof PyValueInstance v && !(len instanceof PyFunction)) {
            return len(ts, v.value);
        }
        if (len == null) {
            throw PyException.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        // slot_sq_length: __index__ of the result, negative before too large.
        Object r = Convert.index(ts, callDescr(ts, len, o, NO_ARGS));
        if (r instanceof Long l ? l < 0 : ((BigInteger) r).signum() < 0) {
            throw PyException.valueError("__len__() should return >= 0");
        }
        long n = Convert.asIndexSized(ts, r);
        return n;
    }

    public static boolean contains(ThreadState ts, Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.get(ts, item) != null;
        }
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyException.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            Object[] a = container instanceof PyList l ? l.toArray() : ((PyTuple) container).items;
            for (Object o : a) {
                if (eq(ts, o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r && item instanceof Long v) {
            long i = v - r.start;
            return r.length > 0 && (r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop)
                    && i % r.step == 0;
        }
        Object c = type(container).lookup("__contains__");
        if (container instanceof PyValueInstance v && !(c instanceof PyFunction) && !(type(container).lookup("__iter__") instanceof PyFunction)) {
            return contains(ts, v.value, item);
        }
        if (c != null) {
            return isTrue(ts, callDescr(ts, c, container, new Object[] {item}));
        }
        PyIterator it;
        try {
            it = iter(ts, container);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError) && type(container).lookup("__iter__") == null) {
                throw PyException.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
            throw e;
        }
        for (Object o = it.next(ts); o != null; o = it.next(ts)) {
            if (eq(ts, o, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(o)} in the Java protocol (next returns null when exhausted). */
    public static PyIterator iter(ThreadState ts, Object o) {
        if (o instanceof PyList l && l.type() == PyType.LIST) {
            return new PyIterator.OfList(l);
        }
        if (o instanceof PyRange r) {
            return new PyIterator.OfRange(r);
        }
        if (o instanceof PyTuple t) {
            return new PyIterator.OfArray(t.items);
        }
        if (o instanceof String s) {
            return new PyIterator.OfStr(s);
        }
        if (o instanceof PyDict d && d.type() == PyType.DICT) {
            return new PyIterator.OfDictKeys(d);
        }
        if (o instanceof PyIterator it) {
            return it;
        }
        PyType t = type(o);
        Object iterMethod = t.lookup("__iter__");
        if (o instanceof PyValueInstance v && v.value instanceof PyIterator && !(iterMethod instanceof PyFunction)) {
            return new PyIterator.OfPython(o); // a subclass of an iterator type: itself, its __next__ may be overridden
        }
        if (o instanceof PyValueInstance v && !(iterMethod instanceof PyFunction) && iterMethod != Singleton.NONE
                && !(t.lookup("__getitem__") instanceof PyFunction && iterMethod == null)) {
            return iter(ts, v.value);
        }
        if (iterMethod != null && iterMethod != Singleton.NONE) {
            Object it = callDescr(ts, iterMethod, o, NO_ARGS);
            if (it instanceof PyIterator pi) {
                return pi;
            }
            if (type(it).lookup("__next__") == null) {
                throw PyException.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return new PyIterator.OfPython(it);
        }
        if (t.lookup("__getitem__") != null) {
            return new PyIterator.OfSequence(o);
        }
        throw PyException.typeError("'" + t.name + "' object is not iterable");
    }

    /** The Python object iter() returns. */
    public static Object iterObject(ThreadState ts, Object o) {
        PyIterator it = iter(ts, o);
        return it instanceof PyIterator.OfPython p ? p.it : it;
    }

    /** All items of an iterable. */
    public static Object[] toArray(ThreadState ts, Object o) {
        if (o instanceof PyTuple t) {
            return t.items;
        }
        if (o instanceof PyList l) {
            return l.toArray();
        }
        PyIterator it = iter(ts, o);
        List<Object> out = new ArrayList<>();
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            out.add(v);
        }
        return out.toArray();
    }

    /** A stable sort by key (None: the items), as list.sort. */
    public static Object[] sorted(ThreadState ts, Object[] items, Object key, boolean reverse) {
        Object[] keys = items;
        if (key != null && key != Singleton.NONE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = call(ts, key, items[i]);
            }
        }
        int[] order = new int[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = reverse ? order.length - 1 - i : i;
        }
        // Reversing before and after a stable sort keeps equal items in their original order.
        mergeSort(ts, order, keys);
        Object[] out = new Object[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[order[reverse ? out.length - 1 - i : i]];
        }
        return out;
    }

    /**
     * A stable merge sort of {@code order} (indexes into {@code keys}) that compares only with
     * {@code <}, as CPython's list.sort does: each comparison is one {@code __lt__} call, and an
     * inconsistent {@code __lt__} yields some order instead of an error.
     */
    private static void mergeSort(ThreadState ts, int[] order, Object[] keys) {
        final int run = 32;
        int n = order.length;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = order[i];
                int j = i;
                while (j > lo && lessThan(ts, keys[v], keys[order[j - 1]])) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = v;
            }
        }
        int[] buf = new int[n];
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                System.arraycopy(order, lo, buf, lo, hi - lo);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    order[o++] = lessThan(ts, keys[buf[j]], keys[buf[i]]) ? buf[j++] : buf[i++];
                }
                while (i < mid) {
                    order[o++] = buf[i++];
                }
                while (j < hi) {
                    order[o++] = buf[j++];
                }
            }
        }
    }

    private static boolean lessThan(ThreadState ts, Object a, Object b) {
        return isTrue(ts, Compare.richCompare(ts, a, b, Compare.LT));
    }

    // ---- numbers ----

    /** {@code operator.index(o)} as a long (OverflowError past 64 bits: PyNumber_AsSsize_t's). */
    public static long index(Object o) {
        return Convert.asSsize(null, o);
    }

    public static Object bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }
}
