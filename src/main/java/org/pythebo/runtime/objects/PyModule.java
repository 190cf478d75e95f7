package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/**
 * A module object: its namespace ({@link Globals}, whose dict is {@code __dict__}). The name is
 * the one it was created with; repr and error messages read {@code __name__} from the dict.
 * Instances of Python subclasses of ModuleType are PyModules too, recording their class, so that
 * their attributes are the namespace's as for any module (py.error's lazy ErrorMaker).
 */
public final class PyModule extends PyObject implements HasDict {
    public volatile String name;
    public final Globals globals;
    /** Made by Java code (sys, time...): its repr says "(built-in)". */
    public final boolean builtin;
    /** module or a subclass of it; {@code __class__} may change it to another of them. */
    private volatile PyType type;

    public PyModule(String name, Globals globals) {
        this(name, globals, true);
    }

    public PyModule(String name, Globals globals, boolean builtin) {
        this(PyType.MODULE, name, globals, builtin);
    }

    private PyModule(PyType type, String name, Globals globals, boolean builtin) {
        this.type = type;
        this.name = name;
        this.globals = globals;
        this.builtin = builtin;
    }

    @Override
    public PyType type() { return type; }

    void setType(PyType type) { this.type = type; }

    @Override
    public PyDict dict() { return globals.dict; }

    /** Sets the attributes every module has (module.__init__). */
    public void initAttributes(Object doc) {
        globals.put("__name__", name);
        globals.put("__doc__", doc);
        globals.put("__package__", Singleton.NONE);
        globals.put("__loader__", Singleton.NONE);
        globals.put("__spec__", Singleton.NONE);
    }

    @Override
    public String toString() {
        Object n = globals.get("__name__");
        String shown = n instanceof String s ? s : "?";
        if (builtin) {
            return "<module '" + shown + "' (built-in)>";
        }
        Object file = globals.get("__file__");
        if (file instanceof String f) {
            return "<module '" + shown + "' from '" + f + "'>";
        }
        return "<module '" + shown + "'>";
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        return new PyModule((PyType) cls, "?", new Globals(ts.interp.builtins), false);
    }

    @PyMethod("($self, /, name, doc=None)")
    public static void __init__(Object self, Object name, Object doc) {
        if (!(name instanceof String s)) {
            throw PyException.typeError("module() argument 'name' must be str, not " + Ops.typeName(name));
        }
        PyModule m = (PyModule) self;
        m.name = s;
        m.initAttributes(doc);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        return self.toString();
    }

    /** The names in the module's dict, or what its own {@code __dir__} function gives (PEP 562). */
    @PyMethod("($self, /)")
    public static Object __dir__(ThreadState ts, Object self) {
        PyModule m = (PyModule) self;
        Object dirFunction = m.globals.get("__dir__");
        if (dirFunction != null) {
            return Ops.call(ts, dirFunction);
        }
        return new PyList(m.dict().keys());
    }
}
