package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** The Python view of a {@link Frame} (tracebacks' tb_frame, sys._getframe). */
public final class PyFrameObject extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("frame", PyType.OBJECT, PyFrameObject.class, PyType.Layout.OBJECT);

    final Frame frame;
    /** The line to report when the frame has not started a statement yet. */
    final int lineno;

    public PyFrameObject(Frame frame, int lineno) {
        this.frame = frame;
        this.lineno = lineno;
    }

    /** The frame object of {@code frame}: the same one every time it is asked for. */
    public static PyFrameObject of(Frame frame) {
        PyFrameObject p = frame.pyFrame;
        if (p == null) {
            p = new PyFrameObject(frame, frame.code.firstlineno);
            frame.pyFrame = p;
        }
        return p;
    }

    @Override
    public PyType type() { return TYPE; }

    private static Frame f(Object self) { return ((PyFrameObject) self).frame; }

    /** The line being executed: the current statement's. */
    int currentLine() {
        var stmt = frame.stmt;
        return stmt != null ? stmt.lineno : lineno;
    }

    @PyGetter("f_code")
    public static Object fCode(Object self) { return f(self).code; }

    @PyGetter("f_lineno")
    public static Object fLineno(Object self) { return (long) ((PyFrameObject) self).currentLine(); }

    @PyGetter("f_lasti")
    public static Object fLasti(Object self) { return -1L; }

    @PyGetter("f_back")
    public static Object fBack(Object self) {
        Frame back = f(self).back;
        return back == null ? Singleton.NONE : of(back);
    }

    @PyGetter("f_globals")
    public static Object fGlobals(Object self) { return f(self).globals.dict; }

    @PyGetter("f_builtins")
    public static Object fBuiltins(Object self) { return f(self).ts.interp.builtins.dict; }

    @PyGetter("f_trace")
    public static Object fTrace(Object self) { return Singleton.NONE; }

    /**
     * A snapshot of the frame's variables; the namespace itself for a class body (the __prepare__
     * mapping if there is one), exec with a mapping, or a module.
     */
    @PyGetter("f_locals")
    public static Object fLocals(Object self) {
        Frame f = f(self);
        if (f.localsMapping != null) {
            return f.localsMapping;
        }
        if (f.namespace != null) {
            return f.namespace;
        }
        if (f.code.kind == PyCode.Kind.MODULE) {
            return f.globals.dict;
        }
        PyDict d = new PyDict();
        String[] names = f.code.varnames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
            if (f.locals[i] != null) {
                d.setItem(names[i], f.locals[i]);
            }
        }
        String[] cellNames = f.code.cellvars;
        String[] freeNames = f.code.freevars;
        for (int i = 0; f.cells != null && i < f.cells.length; i++) {
            String name = i < cellNames.length ? cellNames[i]
                    : i - cellNames.length < freeNames.length ? freeNames[i - cellNames.length] : null;
            Object v = name == null || f.cells[i] == null ? null : f.cells[i].value;
            if (v != null) {
                d.setItem(name, v);
            }
        }
        return d;
    }

    @PyMethod("($self, /)")
    public static void clear(Object self) { }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        Frame f = f(self);
        return "<frame at 0x" + Long.toHexString(Ops.id(self)) + ", file '" + f.code.filename
                + "', line " + ((PyFrameObject) self).currentLine() + ", code " + f.code.name + ">";
    }
}
