package org.pythebo.runtime.numbers;

import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;

/** The methods of {@code bool}. */
public final class BoolMethods {
    private BoolMethods() {}

    @PyMethod("($type, x=False, /)")
    public static Object __new__(ThreadState ts, Object cls, Object x) {
        return Ops.isTrue(ts, x);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return (Boolean) self ? "True" : "False"; }

    /** &, | and ^ of two bools are bools; with any other int they are int's. */
    private static Object logical(Arith.Op op, Object self, Object other) {
        return self instanceof Boolean && other instanceof Boolean ? Arith.builtin(null, op, self, other)
                : IntMethods.intOnly(op, self, other);
    }

    @PyMethod("($self, value, /)")
    public static Object __and__(Object self, Object other) { return logical(Arith.Op.AND, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rand__(Object self, Object other) { return logical(Arith.Op.AND, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __or__(Object self, Object other) { return logical(Arith.Op.OR, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(Object self, Object other) { return logical(Arith.Op.OR, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __xor__(Object self, Object other) { return logical(Arith.Op.XOR, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rxor__(Object self, Object other) { return logical(Arith.Op.XOR, other, self); }
}
