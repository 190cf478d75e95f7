package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

/** The methods of {@code bool}. */
public final class BoolMethods {
    private BoolMethods() {}

    @PyMethod("($type, x=False, /)")
    public static Object __new__(ThreadState ts, Object cls, Object x) {
        return Ops.isTrue(ts, x);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return (Boolean) self ? "True" : "False"; }
}
