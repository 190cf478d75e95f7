package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyGetter;

/** The Python view of a {@link Frame} (tracebacks' tb_frame, sys._getframe). */
public final class PyFrameObject extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("frame", PyType.OBJECT, PyFrameObject.class, PyType.Layout.OBJECT);

    final Frame frame;
    final int lineno;

    public PyFrameObject(Frame frame, int lineno) {
        this.frame = frame;
        this.lineno = lineno;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyGetter("f_code")
    public static Object fCode(Object self) { return ((PyFrameObject) self).frame.code; }

    @PyGetter("f_lineno")
    public static Object fLineno(Object self) { return (long) ((PyFrameObject) self).lineno; }

    @PyGetter("f_back")
    public static Object fBack(Object self) {
        Frame back = ((PyFrameObject) self).frame.back;
        return back == null ? Singleton.NONE : new PyFrameObject(back, back.code.firstlineno);
    }

    @PyGetter("f_globals")
    public static Object fGlobals(Object self) { return ((PyFrameObject) self).frame.globals.toDict(); }
}
