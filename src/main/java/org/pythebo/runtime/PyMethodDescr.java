package org.pythebo.runtime;

/** A method of a built-in type as found in the type dict ({@code list.append}). */
public final class PyMethodDescr extends PyObject implements PyCallable, Descriptor {
    final PyType owner;
    final BuiltinCode code;

    PyMethodDescr(PyType owner, BuiltinCode code) {
        this.owner = owner;
        this.code = code;
    }

    @Override
    public PyType type() { return PyType.METHOD_DESCRIPTOR; }

    public String name() { return code.parser.name; }

    /** Calls with an explicit receiver: the LOAD_METHOD path, no bound object made. */
    public Object callMethod(ThreadState ts, Object self, Object[] args, String[] kwnames) {
        return code.invoke(ts, self, args, 0, kwnames);
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyException.typeError("unbound method " + owner.name + "." + name() + "() needs an argument");
        }
        checkSelf(args[0]);
        return code.invoke(ts, args[0], args, 1, kwnames);
    }

    void checkSelf(Object self) {
        if (!Ops.type(self).isSubtypeOf(owner)) {
            throw PyException.typeError("descriptor '" + name() + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.type(self).name + "' object");
        }
    }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(code, obj);
    }

    @Override
    public String toString() {
        return "<method '" + name() + "' of '" + owner.name + "' objects>";
    }
}
