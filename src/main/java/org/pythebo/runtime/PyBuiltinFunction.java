package org.pythebo.runtime;

/** A built-in function, or a built-in method bound to its receiver ({@code [].append}). */
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    final BuiltinCode code;
    /** The bound receiver, or null for a module function. */
    final Object self;

    PyBuiltinFunction(BuiltinCode code, Object self) {
        this.code = code;
        this.self = self;
    }

    public String name() { return code.parser.name; }

    @Override
    public PyType type() { return PyType.BUILTIN_FUNCTION; }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        if (code.takesReceiver && self == null) {
            // A $type function such as __new__, called as a plain function: the type is args[0].
            if (args.length == 0 || (kwnames != null && kwnames.length == args.length)) {
                throw PyException.typeError(code.parser.qualname + "(): not enough arguments");
            }
            return code.invoke(ts, args[0], args, 1, kwnames);
        }
        return code.invoke(ts, self, args, 0, kwnames);
    }

    @Override
    public String toString() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name() + ">";
        }
        return "<built-in method " + name() + " of " + Ops.type(self).name + " object>";
    }
}
