package org.pythebo.modules._contextvars;

import java.util.concurrent.atomic.AtomicBoolean;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/** {@code contextvars.Token}: what {@code ContextVar.reset} needs to undo one {@code set}, once. */
public final class PyToken extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_contextvars.Token", PyType.OBJECT, PyToken.class,
            PyType.Layout.OBJECT).notSubclassable();
    static final PyType MISSING_TYPE = PyType.newBuiltin("Token.MISSING", PyType.OBJECT, Missing.class,
            PyType.Layout.OBJECT).notSubclassable();
    /** {@code Token.MISSING}: the old value of a variable that had none. */
    static final Missing MISSING = new Missing();

    static {
        TYPE.typeDict().put("MISSING", MISSING);
    }

    final PyContext ctx;
    final PyContextVar var;
    /** The value before the set, or null when there was none. */
    final Object oldValue;
    private final AtomicBoolean used = new AtomicBoolean();

    PyToken(PyContext ctx, PyContextVar var, Object oldValue) {
        this.ctx = ctx;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyType type() { return TYPE; }

    boolean isUsed() {
        return used.get();
    }

    /** Marks the token used; false when another reset got there first. */
    boolean markUsed() {
        return used.compareAndSet(false, true);
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        throw PyException.runtimeError("Tokens can only be created by ContextVars");
    }

    @PyGetter("var")
    public static Object var(Object self) {
        return ((PyToken) self).var;
    }

    @PyGetter("old_value")
    public static Object oldValue(Object self) {
        Object v = ((PyToken) self).oldValue;
        return v == null ? MISSING : v;
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        return repr(ts, (PyToken) self);
    }

    static String repr(ThreadState ts, PyToken t) {
        return "<Token" + (t.isUsed() ? " used" : "") + " var=" + PyContextVar.repr(ts, t.var) + " at 0x"
                + Long.toHexString(Ops.id(t)) + ">";
    }

    @PyMethod("($type, item, /)")
    public static Object __class_getitem__(Object cls, Object item) {
        return new PyGenericAlias(cls, item);
    }

    /** The type of {@code Token.MISSING}. */
    static final class Missing extends PyObject {
        @Override
        public PyType type() { return MISSING_TYPE; }

        @PyMethod("($self, /)")
        public static Object __repr__(Object self) {
            return "<Token.MISSING>";
        }
    }
}
