package org.pythebo.runtime.collections;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;

/** The Python methods of frozenset: a {@link PySet} that is frozen (immutable, hashable). */
public final class PyFrozenSet {
    private PyFrozenSet() {}

    /** A new frozenset of the items of an iterable. */
    public static PySet of(ThreadState ts, Object iterable) {
        PySet s = new PySet(true);
        s.updateFrom(ts, iterable);
        return s;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PySet.unhashableKwargs("frozenset");
        }
        if (args.length > 1) {
            throw PyException.typeError("frozenset expected at most 1 argument, got " + args.length);
        }
        if (args.length == 1 && args[0] instanceof PySet s && s.isFrozen()) {
            return s;
        }
        PySet s = new PySet(true);
        if (args.length == 1) {
            s.updateFrom(ts, args[0]);
        }
        return s;
    }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(Object self, Object[] args, PyDict kwargs) {}

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = "Return state information for pickling.")
    public static Object __reduce__(Object self) { return PySet.reduce(self); }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) { return PySet.self(self).frozenHash(); }

    @PyMethod("($self, /)")
    public static Object copy(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return PySet.__len__(self); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return PySet.__iter__(self); }

    @PyMethod("($self, object, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return PySet.__contains__(ts, self, key); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) { return PySet.__repr__(ts, self); }

    @PyMethod("($self, /, *others)")
    public static Object union(ThreadState ts, Object self, Object[] others) { return PySet.union(ts, self, others); }

    @PyMethod("($self, /, *others)")
    public static Object intersection(ThreadState ts, Object self, Object[] others) {
        return PySet.intersection(ts, self, others);
    }

    @PyMethod("($self, /, *others)")
    public static Object difference(ThreadState ts, Object self, Object[] others) {
        return PySet.difference(ts, self, others);
    }

    @PyMethod("($self, other, /)")
    public static Object symmetric_difference(ThreadState ts, Object self, Object other) {
        return PySet.symmetric_difference(ts, self, other);
    }

    @PyMethod("($self, other, /)")
    public static Object issubset(ThreadState ts, Object self, Object other) { return PySet.issubset(ts, self, other); }

    @PyMethod("($self, other, /)")
    public static Object issuperset(ThreadState ts, Object self, Object other) { return PySet.issuperset(ts, self, other); }

    @PyMethod("($self, other, /)")
    public static Object isdisjoint(ThreadState ts, Object self, Object other) { return PySet.isdisjoint(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) { return PySet.__or__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(ThreadState ts, Object self, Object other) { return PySet.__ror__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __and__(ThreadState ts, Object self, Object other) { return PySet.__and__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rand__(ThreadState ts, Object self, Object other) { return PySet.__rand__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __sub__(ThreadState ts, Object self, Object other) { return PySet.__sub__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(ThreadState ts, Object self, Object other) { return PySet.__rsub__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __xor__(ThreadState ts, Object self, Object other) { return PySet.__xor__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rxor__(ThreadState ts, Object self, Object other) { return PySet.__rxor__(ts, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return PySet.richCompare(ts, self, other, Compare.GE); }
}
