package org.pythebo.runtime.exposure;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
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
 * A method of a built-in type as found in the type dict: a method_descriptor ({@code list.append})
 * or, for a dunder that fills one of CPython's type slots, a wrapper_descriptor
 * ({@code object.__init__}), which differs in its type, repr, bound form (method-wrapper) and
 * error messages.
 */
public final class PyMethodDescr extends PyObject implements PyCallable, Descriptor {
    public final PyType owner;
    public final BuiltinCode code;
    /** A slot wrapper (wrapper_descriptor) rather than a method_descriptor. */
    final boolean slot;

    PyMethodDescr(PyType owner, BuiltinCode code, boolean slot) {
        this.owner = owner;
        this.code = code;
        this.slot = slot;
    }

    @Override
    public PyType type() { return slot ? PyType.WRAPPER_DESCRIPTOR : PyType.METHOD_DESCRIPTOR; }

    public String name() { return code.parser.name; }

    /** Calls with an explicit receiver: the LOAD_METHOD path, no bound object made. */
    public Object callMethod(ThreadState ts, Object self, Object[] args, String[] kwnames) {
        return code.invoke(ts, self, args, 0, kwnames);
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyException.typeError(slot
                    ? "descriptor '" + name() + "' of '" + owner.name + "' object needs an argument"
                    : "unbound method " + owner.qualname() + "." + name() + "() needs an argument");
        }
        if (!Ops.type(args[0]).isSubtypeOf(owner)) {
            throw PyException.typeError(slot
                    ? "descriptor '" + name() + "' requires a '" + owner.name + "' object but received a '"
                            + Ops.typeName(args[0]) + "'"
                    : doesNotApply(args[0]));
        }
        return code.invoke(ts, args[0], args, 1, kwnames);
    }

    private String doesNotApply(Object obj) {
        return "descriptor '" + name() + "' for '" + owner.name + "' objects doesn't apply to a '" + Ops.typeName(obj)
                + "' object";
    }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(code, obj, owner, slot);
    }

    @Override
    public String toString() {
        return (slot ? "<slot wrapper '" : "<method '") + name() + "' of '" + owner.name + "' objects>";
    }

    private static PyMethodDescr descr(Object self, String attr) {
        if (self instanceof PyMethodDescr d) {
            return d;
        }
        throw Ops.attributeError(self, attr);
    }

    /** The Python-visible {@code __get__}: unlike a lookup, it checks the instance's type. */
    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object descrGet(ThreadState ts, Object self, Object instance, Object owner) {
        PyMethodDescr d = descr(self, "__get__");
        if (instance == Singleton.NONE) {
            if (owner == Singleton.NONE) {
                throw PyException.typeError("__get__(None, None) is invalid");
            }
            return d;
        }
        if (!Ops.type(instance).isSubtypeOf(d.owner)) {
            throw PyException.typeError(d.doesNotApply(instance));
        }
        return d.get(ts, instance, null);
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__call__")
    public static Object call(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return PyBuiltinFunction.callWithKwargs(ts, descr(self, "__call__"), args, kwargs);
    }

    @PyGetter("__name__")
    public static Object name(Object self) { return descr(self, "__name__").name(); }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        PyMethodDescr d = descr(self, "__qualname__");
        return d.owner.qualname() + "." + d.name();
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) { return descr(self, "__objclass__").owner; }

    @PyGetter("__text_signature__")
    public static Object textSignature(Object self) { return descr(self, "__text_signature__").code.parser.textSignature(); }

    @PyGetter("__doc__")
    public static Object doc(Object self) { return descr(self, "__doc__").code.parser.doc; }

    /** Pickled by reference, as {@code getattr(owner, name)}. */
    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        PyMethodDescr d = descr(self, "__reduce__");
        return PyTuple.of(ts.interp.builtins.get("getattr"), PyTuple.of(d.owner, d.name()));
    }
}
