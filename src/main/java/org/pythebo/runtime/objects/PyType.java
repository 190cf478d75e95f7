package org.pythebo.runtime.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.bytes.PyMemoryView;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyDictView;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyRange;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyAsyncGenerator;
import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.PyCoroutine;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.PyGenerator;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Traceback;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.exposure.PyBuiltinFunction;
import org.pythebo.runtime.exposure.PyClassMethodDescr;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.numbers.BoolMethods;
import org.pythebo.runtime.numbers.FloatMethods;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.text.Repr;
import org.pythebo.runtime.text.StrMethods;
import org.pythebo.runtime.weakref.WeakrefList;

/**
 * A Python type: name, bases, C3 MRO and a type dict ({@link TypeDict}: lookups take no lock,
 * iteration follows insertion order as CPython's does); every change to the dict, the bases, or the dict of a base replaces
 * {@link #version}, and inline caches compare the token they saw by identity.
 *
 * <p>A built-in type names the Java class that declares its methods ({@link PyAttrs}); they are
 * exposed on first lookup, so the static initialisers of the runtime never depend on each other.
 */
public class PyType extends PyObject implements HasDict {
    public static final PyType TYPE = new PyType("type", null, TypeMethods.class, Layout.TYPE);
    public static final PyType OBJECT = new PyType("object", null, ObjectMethods.class, Layout.OBJECT);
    public static final PyType INT = builtin("int", OBJECT, IntMethods.class, Layout.INT);
    public static final PyType BOOL = builtin("bool", INT, BoolMethods.class, Layout.INT);
    public static final PyType FLOAT = builtin("float", OBJECT, FloatMethods.class, Layout.FLOAT);
    public static final PyType STR = builtin("str", OBJECT, StrMethods.class, Layout.STR);
    public static final PyType LIST = builtin("list", OBJECT, PyList.class, Layout.LIST);
    public static final PyType TUPLE = builtin("tuple", OBJECT, PyTuple.class, Layout.TUPLE);
    public static final PyType DICT = builtin("dict", OBJECT, PyDict.class, Layout.DICT);
    public static final PyType NONE = builtin("NoneType", OBJECT, null, Layout.OBJECT);
    public static final PyType NOT_IMPLEMENTED = builtin("NotImplementedType", OBJECT, Singleton.class, Layout.OBJECT);
    public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT, Singleton.class, Layout.OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT, PyFunction.class, Layout.OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT, PyBuiltinFunction.class,
            Layout.OBJECT);
    public static final PyType METHOD_WRAPPER = builtin("method-wrapper", OBJECT, PyBuiltinFunction.class, Layout.OBJECT);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT, PyMethodDescr.class, Layout.OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT, PyMethodDescr.class,
            Layout.OBJECT);
    public static final PyType CLASSMETHOD_DESCRIPTOR = builtin("classmethod_descriptor", OBJECT, PyClassMethodDescr.class,
            Layout.OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor", OBJECT, PyMemberDescr.class,
            Layout.OBJECT);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT, PyGetSetDescr.class,
            Layout.OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT, PyBoundMethod.class, Layout.OBJECT);
    public static final PyType CODE = builtin("code", OBJECT, PyCode.class, Layout.OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT, PyModule.class, Layout.OBJECT).ownInstances();
    public static final PyType RANGE = builtin("range", OBJECT, PyRange.class, Layout.OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT, PyIterator.class, Layout.OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT, PyGenerator.class, Layout.OBJECT);
    public static final PyType COROUTINE = builtin("coroutine", OBJECT, PyCoroutine.class, Layout.OBJECT);
    public static final PyType COROUTINE_WRAPPER = builtin("coroutine_wrapper", OBJECT, PyCoroutine.Wrapper.class,
            Layout.OBJECT);
    public static final PyType ASYNC_GENERATOR = builtin("async_generator", OBJECT, PyAsyncGenerator.class,
            Layout.OBJECT);
    public static final PyType ASYNC_GENERATOR_ASEND = builtin("async_generator_asend", OBJECT,
            PyAsyncGenerator.Step.class, Layout.OBJECT);
    public static final PyType ASYNC_GENERATOR_ATHROW = builtin("async_generator_athrow", OBJECT,
            PyAsyncGenerator.Step.class, Layout.OBJECT);
    public static final PyType PROPERTY = builtin("property", OBJECT, PyProperty.class, Layout.OBJECT);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT, PyClassMethod.class, Layout.OBJECT);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT, PyStaticMethod.class, Layout.OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT, PySuper.class, Layout.OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT, PySlice.class, Layout.OBJECT);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT, Traceback.class, Layout.OBJECT);
    public static final PyType BYTES = builtin("bytes", OBJECT, PyBytes.class, Layout.OBJECT);
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT, PyByteArray.class, Layout.OBJECT);
    public static final PyType MEMORYVIEW = builtin("memoryview", OBJECT, PyMemoryView.class, Layout.OBJECT);

    static {
        TYPE.bases = new PyType[] {OBJECT};
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        OBJECT.mro = new PyType[] {OBJECT};
        for (PyType t : new PyType[] {TYPE, FUNCTION, BUILTIN_FUNCTION, METHOD, CODE, MODULE, GENERATOR, COROUTINE,
                ASYNC_GENERATOR, MEMORYVIEW}) {
            t.allowWeakrefs();
        }
    }

    /** The Java representation instances of a type (and of its subclasses) share. */
    public enum Layout { OBJECT, TYPE, INT, FLOAT, STR, LIST, TUPLE, DICT, EXCEPTION }

    /** What the instances of a built-in type's Python subclasses are. */
    public enum Subclassing {
        /** {@link PyValueInstance}s around a value of the built-in type (int, str, list, ...). */
        VALUE,
        /**
         * Plain instances, as of object's subclasses: the type keeps no state of its own in its
         * instances (_io._IOBase, whose methods work through the instance's other methods).
         */
        PLAIN,
        /**
         * Objects of the type's own Java class, made by its {@code __new__}, that record their
         * class and carry a {@code __dict__}: the built-in methods see the very instance, so
         * what they call on it reaches the subclass's overrides (_io.FileIO, _io.StringIO).
         */
        OWN
    }

    public volatile String name;
    private String qualname;
    public final Layout layout;
    private PyType metatype;
    private volatile PyType[] bases;
    private volatile PyType[] mro;
    private final TypeDict dict = new TypeDict();
    /** Replaced on every change; compared by identity (see class comment). */
    private volatile Object version = new Object();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final Class<?> declaringClass;
    private volatile boolean exposed;
    /** A built-in type that cannot be subclassed (see {@link #notSubclassable}). */
    private volatile boolean notBaseType;
    /** A class statement made this type (its attributes may be set). */
    public final boolean heapType;
    /** Instances of this class carry a {@code __dict__}. */
    public final boolean instanceDict;
    /** How many {@code __slots__} cells its instances carry, inherited ones included. */
    public final int slotCount;
    /**
     * For a class derived from a built-in type other than object, type and the exceptions (int,
     * str, list, ...): that type. Instances are then {@link PyValueInstance}s around its values.
     */
    public final PyType valueBase;
    /** A class statement's class: the built-in type its instances are laid out as. */
    private final PyType solid;
    /**
     * Its instances can be weakly referenced (CPython: a non-zero {@code __weakrefoffset__}): a
     * built-in type says so once, when it is made ({@link #allowWeakrefs}); a class has a
     * {@code __weakref__} of its own or from a base.
     */
    private boolean weakrefable;
    /** A built-in type: what its subclasses' instances are. */
    private Subclassing subclassing = Subclassing.VALUE;
    /** Its {@code __abstractmethods__} was set non-empty: object.__new__ refuses to make instances. */
    private volatile boolean abstractInstances;
    /** CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of a class (match statements), set through abc. */
    private volatile int collectionFlags;
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;

    private PyType(String name, PyType base, Class<?> declaringClass, Layout layout) {
        this.name = name;
        this.qualname = name.substring(name.lastIndexOf('.') + 1);
        this.layout = layout;
        this.declaringClass = declaringClass;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.heapType = false;
        this.instanceDict = false;
        this.slotCount = 0;
        this.valueBase = null;
        this.solid = null;
        this.mro = null;
    }

    private static PyType builtin(String name, PyType base, Class<?> declaringClass, Layout layout) {
        PyType t = new PyType(name, base, declaringClass, layout);
        t.mro = new PyType[] {t, OBJECT};
        if (base != OBJECT) {
            t.mro = computeMro(t, t.bases);
        }
        synchronized (base.subclasses) {
            base.subclasses.add(new WeakReference<>(t));
        }
        return t;
    }

    /** A built-in type outside this class (the exception types). */
    public static PyType newBuiltin(String name, PyType base, Class<?> declaringClass, Layout layout) {
        return builtin(name, base, declaringClass, layout);
    }

    /** Declares, as the type is made, that its instances can be weakly referenced; returns the type. */
    public PyType allowWeakrefs() {
        weakrefable = true;
        return this;
    }

    /** Whether object.__new__ refuses instances: the class's {@code __abstractmethods__} is not empty. */
    public boolean isAbstract() {
        return abstractInstances;
    }

    /** {@link #SEQUENCE}, {@link #MAPPING} or 0: how match statements treat instances of this class. */
    public int collectionFlags() {
        return collectionFlags;
    }

    /**
     * CPython's tp_flags as far as they are facts of this type ({@code __flags__}): copyreg tests
     * HEAPTYPE, inspect.isabstract IS_ABSTRACT; the subclass bits say which built-in it derives from.
     */
    public long flags() {
        long f = (1L << 12) | (1L << 18);  // READY, HAVE_VERSION_TAG
        f |= heapType ? (1L << 9) | (1L << 14) : 1L << 8;  // HEAPTYPE and HAVE_GC, or IMMUTABLETYPE
        if (heapType || !(notBaseType || NOT_BASETYPE.contains(name))) {
            f |= 1L << 10;  // BASETYPE
        }
        if (abstractInstances) {
            f |= 1L << 20;  // IS_ABSTRACT
        }
        f |= collectionFlags;
        PyType[] subclassBits = {INT, LIST, TUPLE, BYTES, STR, DICT, Exc.BaseException, TYPE};
        for (int i = 0; i < subclassBits.length; i++) {
            if (isSubtypeOf(subclassBits[i])) {
                f |= 1L << (24 + i);
            }
        }
        return f;
    }

    /** Sets the class's collection flag (abc's {@code __abc_tpflags__} and register). */
    public void setCollectionFlags(int flags) {
        collectionFlags = flags;
    }

    /** Whether {@code weakref.ref} accepts instances of this type. */
    public boolean isWeakrefable() {
        return weakrefable;
    }

    /**
     * Declares, as the built-in type is made, that the instances of its subclasses are objects of
     * its own Java class that record their Python class ({@link Subclassing#OWN}); returns the type.
     */
    public PyType ownInstances() {
        subclassing = Subclassing.OWN;
        return this;
    }

    /** Marks a built-in type as one no class may derive from (no Py_TPFLAGS_BASETYPE), and returns it. */
    public PyType notSubclassable() {
        notBaseType = true;
        return this;
    }

    /** A built-in type of layout OBJECT whose Python subclasses' instances are as {@code subclassing} says. */
    public static PyType newBuiltin(String name, PyType base, Class<?> declaringClass, Subclassing subclassing) {
        PyType t = builtin(name, base, declaringClass, Layout.OBJECT);
        t.subclassing = subclassing;
        return t;
    }

    /** Whether instances of this built-in type (and its subclasses) are plain instances ({@link Subclassing#PLAIN}). */
    public boolean plainInstances() {
        return !heapType && subclassing == Subclassing.PLAIN;
    }

    /** A class made by a class statement or type(name, bases, dict). */
    public PyType(PyType metatype, String name, PyType[] bases, PyDict ns) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        this.declaringClass = null;
        this.heapType = true;
        this.exposed = true;
        for (PyType b : this.bases) {
            if (!b.heapType && (b.notBaseType || NOT_BASETYPE.contains(b.name)) && b.type() == TYPE) {
                throw PyException.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        for (int i = 0; i < this.bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (this.bases[i] == this.bases[j]) {
                    throw PyException.typeError("duplicate base class " + this.bases[i].name);
                }
            }
        }
        Layout l = Layout.OBJECT;
        for (PyType b : this.bases) {
            if (b.layout != Layout.OBJECT) {
                l = b.layout;
            }
        }
        this.layout = l;
        PyType solid = null;
        for (PyType b : this.bases) {
            PyType s = b.solidBase();
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw PyException.typeError("multiple bases have instance lay-out conflict");
            }
        }
        this.solid = solid;
        PyType best = bestBase(this.bases);
        this.valueBase = solid == OBJECT || solid.layout == Layout.EXCEPTION || solid.layout == Layout.TYPE
                || solid.subclassing == Subclassing.OWN ? null : solid;
        this.mro = computeMro(this, this.bases);
        for (PyType b : this.bases) {
            synchronized (b.subclasses) {
                b.subclasses.add(new WeakReference<>(this));
            }
        }
        if (ns != null) {
            ns.forEachEntry((k, v) -> {
                if (k instanceof String s) {
                    dict.put(s, v);
                }
            });
        }
        if (!dict.containsKey("__module__")) {
            dict.put("__module__", "__main__");
        }
        int inherited = 0;
        PyType slotBase = null;
        boolean baseDict = false;
        for (PyType b : this.bases) {
            baseDict |= b.instanceDict || b.plainInstances();
            if (b.slotCount > 0) {
                // Bases conflict only when different classes added the slots: siblings that
                // add none (pathlib's PosixPath(Path, PurePosixPath)) share their parent's layout.
                if (slotBase == null || slotOwner(b).isSubtypeOf(slotOwner(slotBase))) {
                    slotBase = b;
                    inherited = b.slotCount;
                } else if (!slotOwner(slotBase).isSubtypeOf(slotOwner(b))) {
                    throw PyException.typeError("multiple bases have instance lay-out conflict");
                }
            }
        }
        Object slotsSpec = dict.get("__slots__");
        boolean weakrefSlot = slotsSpec == null;
        // Own instances hold __slots__ cells only where their Java class provides them (HasSlots).
        boolean noSlotCells = solid.subclassing == Subclassing.OWN
                && (solid.declaringClass == null || !HasSlots.class.isAssignableFrom(solid.declaringClass));
        if (slotsSpec == null || layout != Layout.OBJECT || noSlotCells) {
            if (slotsSpec != null && valueBase != null && (valueBase == INT || valueBase == TUPLE || valueBase == BYTES)
                    && ownSlotNames(slotsSpec, name).length > 0) {
                throw PyException.typeError("nonempty __slots__ not supported for subtype of '" + valueBase.name + "'");
            }
            this.instanceDict = true;
            this.slotCount = inherited;
        } else {
            boolean addDict = false;
            List<String> names = new ArrayList<>();
            for (String n : ownSlotNames(slotsSpec, name)) {
                if (n.equals("__dict__")) {
                    if (baseDict || addDict) {
                        throw PyException.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                } else if (n.equals("__weakref__")) {
                    weakrefSlot = true;
                } else {
                    if (dict.containsKey(n)) {
                        throw PyException.of(Exc.ValueError, Repr.str(n) + " in __slots__ conflicts with class variable");
                    }
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
            names.sort(null);
            for (String n : names) {
                dict.put(n, new PyMemberDescr(this, n, inherited++));
            }
            this.instanceDict = baseDict || addDict;
            this.slotCount = inherited;
        }
        Object q = dict.remove("__qualname__");
        if (q instanceof String s) {
            qualname = s;
        }
        if (instanceDict && !providesDict(best)) {
            PyGetSetDescr d = new PyGetSetDescr(this, "__dict__", INSTANCE_DICT_GET);
            d.setter = INSTANCE_DICT_SET;
            dict.put("__dict__", d);
        }
        if (weakrefSlot && !providesWeakref(best)) {
            dict.put("__weakref__", new PyGetSetDescr(this, "__weakref__", INSTANCE_WEAKREF));
            this.weakrefable = true;
        }
        for (PyType b : this.bases) {
            this.weakrefable |= b.weakrefable;
        }
        this.collectionFlags = best.collectionFlags;
        // As CPython: a class has its own __doc__, so instances never see a base's docstring.
        dict.putIfAbsent("__doc__", Singleton.NONE);
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", Singleton.NONE);
        }
        Object newFn = dict.get("__new__");
        if (newFn instanceof PyFunction f) {
            dict.put("__new__", new PyStaticMethod(f));
        }
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (dict.get(implicit) instanceof PyFunction f) {
                dict.put(implicit, new PyClassMethod(f));
            }
        }
    }

    private static final MethodHandle INSTANCE_DICT_GET = staticHandle(ObjectMethods.class, "getDict",
            MethodType.methodType(Object.class, Object.class));
    private static final MethodHandle INSTANCE_DICT_SET = staticHandle(ObjectMethods.class, "setDict",
            MethodType.methodType(void.class, Object.class, Object.class));
    private static final MethodHandle INSTANCE_WEAKREF = staticHandle(PyType.class, "instanceWeakref",
            MethodType.methodType(Object.class, Object.class));

    private static MethodHandle staticHandle(Class<?> cls, String name, MethodType mt) {
        try {
            return MethodHandles.lookup().findStatic(cls, name, mt);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** An instance's {@code __weakref__}: the first of its weak references (as getweakrefs lists them), or None. */
    private static Object instanceWeakref(Object self) {
        WeakrefList refs = ((PyObject) self).weakrefs();
        return refs == null ? Singleton.NONE : refs.first();
    }

    /** CPython's best_base: the first base whose instance layout is the most derived. */
    private static PyType bestBase(PyType[] bases) {
        PyType best = bases[0];
        PyType bestSolid = best.solidBase();
        for (PyType b : bases) {
            PyType s = b.solidBase();
            if (s != bestSolid && s.isSubtypeOf(bestSolid)) {
                best = b;
                bestSolid = s;
            }
        }
        return best;
    }

    /** Whether instances of a class deriving from {@code base} already have a {@code __dict__}. */
    private static boolean providesDict(PyType base) {
        return base.heapType ? base.instanceDict : base.layout == Layout.EXCEPTION || base.layout == Layout.TYPE;
    }

    /**
     * Whether {@code base} already gives its subclasses a {@code __weakref__}, or cannot have one:
     * CPython adds none to subclasses of type, set and frozenset (they have their own) or of the
     * variable-sized int, tuple and bytes.
     */
    private static boolean providesWeakref(PyType base) {
        if (base.heapType) {
            return base.lookup("__weakref__") != null || (base.valueBase != null && providesWeakref(base.valueBase));
        }
        return base.layout == Layout.TYPE || base.isSubtypeOf(INT) || base.isSubtypeOf(TUPLE) || base.isSubtypeOf(BYTES)
                || base.isSubtypeOf(PySet.TYPE) || base.isSubtypeOf(PySet.FROZENSET);
    }

    /** The names a class's own {@code __slots__} declares, checked and private names mangled. */
    private static String[] ownSlotNames(Object spec, String className) {
        Object[] items = spec instanceof String s ? new Object[] {s} : Ops.toArray(ThreadState.current(), spec);
        String[] out = new String[items.length];
        int lead = 0;
        while (lead < className.length() && className.charAt(lead) == '_') {
            lead++;
        }
        String stripped = className.substring(lead);
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String n)) {
                throw PyException.typeError("__slots__ items must be strings, not '" + Ops.typeName(items[i]) + "'");
            }
            if (StrMethods.isidentifier(n) != Boolean.TRUE) {
                throw PyException.typeError("__slots__ must be identifiers");
            }
            boolean mangle = n.startsWith("__") && !n.endsWith("__") && !stripped.isEmpty();
            out[i] = mangle ? "_" + stripped + n : n;
        }
        return out;
    }

    /** Built-in types that cannot be subclassed (CPython's types without Py_TPFLAGS_BASETYPE). */
    private static final java.util.Set<String> NOT_BASETYPE = java.util.Set.of("bool", "NoneType",
            "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method_descriptor", "method",
            "cell", "code", "range", "slice", "generator", "coroutine", "coroutine_wrapper", "async_generator",
            "async_generator_asend", "async_generator_athrow", "traceback", "frame", "memoryview", "mappingproxy",
            "UnionType", "getset_descriptor", "member_descriptor", "wrapper_descriptor", "method-wrapper",
            "iterator", "list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator", "set_iterator",
            "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_keys", "dict_values", "dict_items",
            "classmethod_descriptor", "re.Pattern", "re.Match", "_sre.SRE_Scanner", "weakref.ProxyType",
            "weakref.CallableProxyType", "EncodingMap", "unicodedata.UCD");

    /** The class that added the last of this type's __slots__ cells. */
    private static PyType slotOwner(PyType t) {
        while (t.base() != null && t.base().slotCount == t.slotCount) {
            t = t.base();
        }
        return t;
    }

    /** The built-in type whose instance layout this type's instances have (CPython's solid_base). */
    PyType solidBase() {
        if (heapType) {
            return solid;
        }
        if (subclassing == Subclassing.PLAIN) {
            return base().solidBase();
        }
        PyType t = this;
        if (t.layout == Layout.EXCEPTION) {
            while (t.base() != null && t.base().layout == Layout.EXCEPTION) {
                t = t.base();
            }
        }
        return t;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    public String qualname() { return qualname; }

    /**
     * {@code __name__}. A built-in type's {@link #name} is CPython's tp_name, "module.Name" for
     * the types of modules other than builtins (what error messages show); its {@code __name__}
     * is the part after the last dot.
     */
    public String shortName() {
        return heapType ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * {@code __module__}: a class's dict entry; for a built-in type, a string its dict sets (as
     * CPython's heap-allocated C types carry), else the part of its name before the last dot, or
     * "builtins" (type's own dict holds the __module__ getter).
     */
    public Object module() {
        Object m = typeDict().get("__module__");
        if (m != null && (heapType || m instanceof String)) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        return heapType || dot < 0 ? "builtins" : name.substring(0, dot);
    }

    /** The name repr shows for the class: "module.qualname", or the qualname alone for builtins. */
    public String qualifiedName() {
        return module() instanceof String m && !m.equals("builtins") ? m + "." + qualname : qualname;
    }

    public void setQualname(String q) { qualname = q; }

    public PyType[] bases() { return bases; }

    public PyType[] mro() {
        if (mro == null) {
            mro = new PyType[] {this};
        }
        return mro;
    }

    public PyType base() { return bases.length == 0 ? null : bases[0]; }

    /** {@code C.__bases__ = bases}: a new MRO, with CPython's layout check. */
    public void setBases(PyType[] newBases) {
        PyType newSolid = null;
        for (PyType b : newBases) {
            PyType s = b.solidBase();
            if (newSolid == null || s.isSubtypeOf(newSolid)) {
                newSolid = s;
            } else if (!newSolid.isSubtypeOf(s)) {
                throw PyException.typeError("multiple bases have instance lay-out conflict");
            }
        }
        if (newSolid != solid) {
            throw PyException.typeError("__bases__ assignment: '" + newBases[0].name + "' deallocator differs from '"
                    + bases[0].name + "'");
        }
        PyType[] newMro = computeMro(this, newBases);
        synchronized (this) {
            for (PyType b : bases) {
                synchronized (b.subclasses) {
                    b.subclasses.removeIf(r -> r.get() == this || r.get() == null);
                }
            }
            bases = newBases;
            mro = newMro;
            refreshSubclassMros();
            for (PyType b : newBases) {
                synchronized (b.subclasses) {
                    b.subclasses.add(new WeakReference<>(this));
                }
            }
        }
        changed();
    }

    private void refreshSubclassMros() {
        for (PyType sub : subclasses()) {
            sub.mro = computeMro(sub, sub.bases);
            sub.refreshSubclassMros();
        }
    }

    /** The live direct subclasses ({@code __subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The token inline caches key on. */
    public Object version() {
        ensureExposed();
        return version;
    }

    /** The type's own dict (exposing the built-in methods first). */
    public TypeDict typeDict() {
        ensureExposed();
        return dict;
    }

    @Override
    public PyDict dict() {
        ensureExposed();
        PyDict d = new PyDict();
        dict.forEach(d::setItem);
        return d;
    }

    private void ensureExposed() {
        if (!exposed) {
            synchronized (this) {
                if (!exposed) {
                    if (declaringClass != null) {
                        Exposer.expose(this, declaringClass, dict);
                    }
                    if (declaringClass == PyList.class || declaringClass == PyDict.class || declaringClass == PySet.class
                            || declaringClass == PyDictView.SetLike.class) {
                        dict.put("__hash__", Singleton.NONE);
                    }
                    exposed = true;
                }
            }
        }
    }

    /** Looks {@code name} up along the MRO; null when no class defines it. */
    public Object lookup(String name) {
        for (PyType t : mro()) {
            Object v = t.typeDict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public void setAttr(String name, Object value) {
        if (!heapType) {
            throw PyException.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        if (name.equals("__abstractmethods__")) {
            abstractInstances = value != null && Ops.isTrue(ThreadState.current(), value);
        }
        if (value == null) {
            if (dict.remove(name) == null) {
                throw PyException.attributeError("type object '" + this.name + "' has no attribute '" + name + "'", this, name);
            }
        } else {
            dict.put(name, value);
        }
        changed();
    }

    /** Invalidates the caches keyed on this type and on its subclasses. */
    public void changed() {
        version = new Object();
        List<PyType> subs = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    subs.add(t);
                }
            }
        }
        for (PyType t : subs) {
            t.changed();
        }
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** C3 linearisation, with CPython's error for an inconsistent hierarchy. */
    static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                String sep = " ";
                for (PyType h : heads) {
                    sb.append(sep).append(h.name);
                    sep = ", ";
                }
                throw PyException.typeError(sb.toString());
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
