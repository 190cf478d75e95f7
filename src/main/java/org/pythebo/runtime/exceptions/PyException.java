package org.pythebo.runtime.exceptions;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.objects.PyType;

/**
 * The Java throwable that carries a raised Python exception up the Java stack. It has no Java
 * stack trace (tracebacks are built from Python frames), so raising costs little.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name + ": " + exc.strNoThrow();
    }

    public static PyException of(PyType type, String msg) {
        return new PyException(PyBaseException.create(type, msg));
    }

    public static PyException typeError(String msg) { return of(Exc.TypeError, msg); }

    public static PyException valueError(String msg) { return of(Exc.ValueError, msg); }

    public static PyException indexError(String msg) { return of(Exc.IndexError, msg); }

    public static PyException zeroDivision(String msg) { return of(Exc.ZeroDivisionError, msg); }

    public static PyException overflow(String msg) { return of(Exc.OverflowError, msg); }

    public static PyException runtimeError(String msg) { return of(Exc.RuntimeError, msg); }

    public static PyException keyError(Object key) {
        return new PyException(new PyBaseException(Exc.KeyError, PyTuple.of(key)));
    }

    public static PyException attributeError(String msg, Object obj, String name) {
        PyBaseException e = PyBaseException.create(Exc.AttributeError, msg);
        e.attrObj = obj;
        e.attrName = name;
        return new PyException(e);
    }

    public static PyException nameError(PyType type, String msg, String name) {
        PyBaseException e = PyBaseException.create(type, msg);
        e.attrName = name;
        return new PyException(e);
    }
}
