package org.pythebo.modules.itertools;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * {@code itertools.count(start=0, step=1)}. An int start counting by 1 steps a Java long (CPython's
 * fast mode, pickled without the step); past the long range, and for any other start or step, it
 * adds {@code step} with + (pickled with the step).
 */
public final class Count extends PyIterator {
    static final PyType TYPE = Iters.type("count", Count.class);

    public static final String __doc__ = "Return a count object whose .__next__() method returns consecutive values.\n\n"
            + "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n"
            + "            yield x\n            x += step";

    private Object value;
    private final Object step;
    /** The step is an int equal to 1: repr leaves it out. */
    private final boolean unitStep;
    /** Counting a long by 1. */
    private boolean fast;

    private Count(Object value, Object step, boolean unitStep) {
        super(TYPE);
        this.value = value;
        this.step = step;
        this.unitStep = unitStep;
        this.fast = unitStep && value instanceof Long;
    }

    /** PyNumber_Check: an int, float or complex, or anything with __index__, __int__ or __float__. */
    private static boolean isNumber(Object o) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                || v instanceof PyComplex) {
            return true;
        }
        PyType t = Ops.type(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    @PyMethod("($type, start=0, step=1)")
    public static Object __new__(Object cls, Object start, Object step) {
        if (!isNumber(start) || !isNumber(step)) {
            throw PyException.typeError("a number is required");
        }
        Object stepInt = Convert.intValue(step);
        boolean unit = stepInt instanceof Long l && l == 1;
        Object startInt = Convert.intValue(start);
        Object value = unit && startInt instanceof Long ? startInt : start;
        return new Count(value, step, unit);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        Object r = value;
        if (fast) {
            long l = (Long) r;
            if (l == Long.MAX_VALUE) {
                fast = false;
                value = BigInteger.valueOf(l).add(BigInteger.ONE);
            } else {
                value = l + 1;
            }
        } else {
            value = Arith.add(ts, r, step);
        }
        return r;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        Count c = (Count) PyValueInstance.unwrap(self);
        Object v;
        synchronized (c) {
            v = c.value;
        }
        String name = Ops.type(self).shortName();
        return c.unitStep ? name + "(" + Ops.repr(ts, v) + ")"
                : name + "(" + Ops.repr(ts, v) + ", " + Ops.repr(ts, c.step) + ")";
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Count c = (Count) PyValueInstance.unwrap(self);
        synchronized (c) {
            return PyTuple.of(Ops.type(self), c.fast ? PyTuple.of(c.value) : PyTuple.of(c.value, c.step));
        }
    }
}
