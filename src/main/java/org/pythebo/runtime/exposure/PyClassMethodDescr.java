package org.pythebo.runtime.exposure;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Descriptor;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A classmethod of a built-in type as found in the type dict ({@code dict.__dict__['fromkeys']},
 * a classmethod_descriptor): a lookup binds it to the class as a built-in method.
 */
public final class PyClassMethodDescr extends PyObject implements PyCallable, Descriptor {
    final PyType owner;
    final BuiltinCode code;

    PyClassMethodDescr(PyType owner, BuiltinCode code) {
        this.owner = owner;
        this.code = code;
    }

    @Override
    public PyType type() { return PyType.CLASSMETHOD_DESCRIPTOR; }

    public String name() { return code.parser.name; }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        PyType cls = type != null ? type : Ops.type(obj);
        if (!cls.isSubtypeOf(owner)) {
            throw notSubtype(cls);
        }
        return new PyBuiltinFunction(code, cls);
    }

    /** A direct call takes the class first, as a bound one has it. */
    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyException.typeError("descriptor '" + name() + "' of '" + owner.name + "' object needs an argument");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyException.typeError("descriptor '" + name() + "' for type '" + owner.name
                    + "' needs a type, not a '" + Ops.typeName(args[0]) + "' as arg 2");
        }
        if (!cls.isSubtypeOf(owner)) {
            throw notSubtype(cls);
        }
        return code.invoke(ts, cls, args, 1, kwnames);
    }

    private PyException notSubtype(PyType cls) {
        return PyException.typeError("descriptor '" + name() + "' requires a subtype of '" + owner.name
                + "' but received '" + cls.name + "'");
    }

    @Override
    public String toString() {
        return "<method '" + name() + "' of '" + owner.name + "' objects>";
    }

    private static PyClassMethodDescr descr(Object self, String attr) {
        if (self instanceof PyClassMethodDescr d) {
            return d;
        }
        throw Ops.attributeError(self, attr);
    }

    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object descrGet(ThreadState ts, Object self, Object instance, Object owner) {
        PyClassMethodDescr d = descr(self, "__get__");
        if (owner == Singleton.NONE) {
            if (instance == Singleton.NONE) {
                throw PyException.typeError("__get__(None, None) is invalid");
            }
            return d.get(ts, instance, null);
        }
        if (!(owner instanceof PyType t)) {
            throw PyException.typeError("descriptor '" + d.name() + "' for type '" + d.owner.name
                    + "' needs a type, not a '" + Ops.typeName(owner) + "' as arg 2");
        }
        return d.get(ts, null, t);
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__call__")
    public static Object call(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return PyBuiltinFunction.callWithKwargs(ts, descr(self, "__call__"), args, kwargs);
    }

    @PyGetter("__name__")
    public static Object name(Object self) { return descr(self, "__name__").name(); }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        PyClassMethodDescr d = descr(self, "__qualname__");
        return d.owner.qualname() + "." + d.name();
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) { return descr(self, "__objclass__").owner; }

    @PyGetter("__text_signature__")
    public static Object textSignature(Object self) { return descr(self, "__text_signature__").code.parser.textSignature(); }

    @PyGetter("__doc__")
    public static Object doc(Object self) { return Singleton.NONE; }
}
