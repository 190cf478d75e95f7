package org.pythebo.runtime.exposure;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A built-in function, or a built-in method bound to its receiver ({@code [].append}); a slot
 * wrapper bound to its receiver is a method-wrapper ({@code object().__init__}); a built-in
 * type's {@code __new__} is a built-in method of that type that takes the class to make first.
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    public final BuiltinCode code;
    /** The bound receiver, or null for a module function. */
    public final Object self;
    /** The type that defines it, for a method-wrapper or a {@code __new__}; otherwise null. */
    final PyType owner;
    private final boolean wrapper;

    PyBuiltinFunction(BuiltinCode code, Object self) {
        this(code, self, null, false);
    }

    PyBuiltinFunction(BuiltinCode code, Object self, PyType owner, boolean wrapper) {
        this.code = code;
        this.self = self;
        this.owner = owner;
        this.wrapper = wrapper;
    }

    /** {@code __self__}: the receiver, or the type a {@code __new__} belongs to. */
    private Object boundTo() {
        return self != null ? self : owner;
    }

    public String name() { return code.parser.name; }

    /**
     * How CPython's messages name it (_PyObject_FunctionStr): "math.sqrt()", "list.append()",
     * "len()" (builtins' functions go unqualified).
     */
    public String functionStr() {
        String prefix = isModuleFunction() && self instanceof PyModule m && !m.name.equals("builtins") ? m.name + "." : "";
        return prefix + qualname(this) + "()";
    }

    /**
     * A function of a module (bound to it), not a method bound to a module object
     * ({@code math.__dir__}, which a type owns). unicodedata's functions take the module as
     * {@code $self}, as CPython's do, so that its UCD objects share them.
     */
    private boolean isModuleFunction() {
        return "$module".equals(code.parser.receiver) || owner == null && self instanceof PyModule;
    }

    @Override
    public PyType type() { return wrapper ? PyType.METHOD_WRAPPER : PyType.BUILTIN_FUNCTION; }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        if (code.takesReceiver && self == null) {
            // A $type function such as __new__, called as a plain function: the type is args[0].
            if (args.length == 0 || (kwnames != null && kwnames.length == args.length)) {
                throw PyException.typeError(code.parser.qualname + "(): not enough arguments");
            }
            if (owner != null) {
                checkNewArgument(args[0]);
            }
            return code.invoke(ts, args[0], args, 1, kwnames);
        }
        return code.invoke(ts, self, args, 0, kwnames);
    }

    /** CPython's tp_new_wrapper: {@code T.__new__(S)} needs S to be a subtype of T. */
    private void checkNewArgument(Object cls) {
        if (!(cls instanceof PyType sub)) {
            throw PyException.typeError(owner.name + ".__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
        }
        if (!sub.isSubtypeOf(owner)) {
            throw PyException.typeError(owner.name + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of "
                    + owner.name);
        }
    }

    @Override
    public String toString() {
        Object bound = boundTo();
        if (bound == null || isModuleFunction()) {
            return "<built-in function " + name() + ">";
        }
        return (wrapper ? "<method-wrapper '" + name() + "' of " : "<built-in method " + name() + " of ")
                + Ops.typeName(bound) + " object at 0x" + Long.toHexString(Ops.id(bound)) + ">";
    }

    private static PyBuiltinFunction function(Object self, String attr) {
        if (self instanceof PyBuiltinFunction f) {
            return f;
        }
        throw Ops.attributeError(self, attr);
    }

    /** {@code __call__(*args, **kwargs)} of a Java callable: the keywords become trailing arguments. */
    static Object callWithKwargs(ThreadState ts, PyCallable callable, Object[] args, PyDict kwargs) {
        int nkw = kwargs.size();
        if (nkw == 0) {
            return callable.call(ts, args, null);
        }
        String[] kwnames = new String[nkw];
        Object[] all = new Object[args.length + nkw];
        System.arraycopy(args, 0, all, 0, args.length);
        int i = 0;
        for (Object k : kwargs.keys()) {
            kwnames[i] = (String) k;
            all[args.length + i++] = kwargs.get(ts, k);
        }
        return callable.call(ts, all, kwnames);
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__call__")
    public static Object call(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return PyBuiltinFunction.callWithKwargs(ts, function(self, "__call__"), args, kwargs);
    }

    @PyGetter("__name__")
    public static Object name(Object self) { return function(self, "__name__").name(); }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        PyBuiltinFunction f = function(self, "__qualname__");
        Object bound = f.boundTo();
        if (bound == null || f.isModuleFunction()) {
            return f.name();
        }
        PyType t = f.wrapper ? f.owner : bound instanceof PyType type ? type : Ops.type(bound);
        return t.qualname() + "." + f.name();
    }

    @PyGetter("__self__")
    public static Object self(Object self) {
        Object s = function(self, "__self__").boundTo();
        return s == null ? Singleton.NONE : s;
    }

    @PyGetter("__module__")
    public static Object module(Object self) {
        PyBuiltinFunction f = function(self, "__module__");
        return f.isModuleFunction() && f.self instanceof PyModule m ? m.name : Singleton.NONE;
    }

    @PyGetter("__text_signature__")
    public static Object textSignature(Object self) {
        return function(self, "__text_signature__").code.parser.textSignature();
    }

    @PyGetter("__doc__")
    public static Object doc(Object self) { return function(self, "__doc__").code.parser.doc; }

    /**
     * Pickled by reference: a module function by its name (pickle finds it through
     * {@code __module__}), a method as {@code getattr(receiver, name)}.
     */
    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        PyBuiltinFunction f = function(self, "__reduce__");
        Object bound = f.boundTo();
        if (bound == null || f.isModuleFunction()) {
            return f.name();
        }
        return PyTuple.of(ts.interp.builtins.get("getattr"), PyTuple.of(bound, f.name()));
    }
}
