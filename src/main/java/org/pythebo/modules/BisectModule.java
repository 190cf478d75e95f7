package org.pythebo.modules;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _bisect} module: binary search in sorted sequences, optionally through a key
 * function, and insertion keeping them sorted. Lists are read directly; other sequences by
 * indexing.
 */
public final class BisectModule {
    private BisectModule() {}

    static PyModule create(ThreadState ts) {
        return ModuleRegistry.newModule("_bisect", "Bisection algorithms.\n"
            + "\n"
            + "This module provides support for maintaining a list in sorted order without\n"
            + "having to sort the list after each insertion. For long lists of items with\n"
            + "expensive comparison operations, this can be an improvement over the more\n"
            + "common approach.\n", BisectModule.class);
    }

    /** The hi argument: None (the length of a) or an index, as CPython's converter for it. */
    private static long hi(ThreadState ts, Object a, Object hi) {
        if (hi == Singleton.NONE) {
            return Ops.len(ts, a);
        }
        if (Convert.intValue(hi) == null && Ops.type(hi).lookup("__index__") == null) {
            throw PyException.typeError("argument should be integer or None, not '" + Ops.typeName(hi) + "'");
        }
        Object v = Convert.index(ts, hi);
        if (v instanceof BigInteger) {
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        // As in CPython, -1 stands for None.
        return (Long) v == -1 ? Ops.len(ts, a) : (Long) v;
    }

    private static Object item(ThreadState ts, Object a, long i) {
        if (a instanceof PyList l && i < Integer.MAX_VALUE) {
            Object v = l.getOrNull((int) i);
            if (v != null) {
                return v;
            }
        }
        return Ops.getItem(ts, a, i);
    }

    private static boolean less(ThreadState ts, Object x, Object y) {
        if (x instanceof Long p && y instanceof Long q) {
            return p < q;
        }
        return Ops.isTrue(ts, Compare.richCompare(ts, x, y, Compare.LT));
    }

    /** The insertion point of x in a[lo:hi]: after equal items (right) or before them. */
    private static long search(ThreadState ts, Object a, Object x, long lo, Object hiArg, Object key, boolean right) {
        if (lo < 0) {
            throw PyException.valueError("lo must be non-negative");
        }
        long hi = hi(ts, a, hiArg);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object v = item(ts, a, mid);
            if (key != Singleton.NONE) {
                v = Ops.call(ts, key, v);
            }
            if (right ? less(ts, x, v) : !less(ts, v, x)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void insort(ThreadState ts, Object a, Object x, long lo, Object hi, Object key, boolean right) {
        Object k = key == Singleton.NONE ? x : Ops.call(ts, key, x);
        long index = search(ts, a, k, lo, hi, key, right);
        if (a instanceof PyList l && l.type() == PyType.LIST) {
            l.insert(index, x);
        } else {
            Ops.call(ts, Ops.getAttr(ts, a, "insert"), index, x);
        }
    }

    @PyMethod(value = "($module, /, a, x, lo=0, hi=None, *, key=None)", doc = "Return the index where to insert item x in list a, assuming a is sorted.\n"
                    + "\n"
                    + "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
                    + "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
                    + "insert just after the rightmost x already there.\n"
                    + "\n"
                    + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
                    + "slice of a to be searched.")
    public static Object bisect_right(ThreadState ts, Object a, Object x, long lo, Object hi, Object key) {
        return search(ts, a, x, lo, hi, key, true);
    }

    @PyMethod(value = "($module, /, a, x, lo=0, hi=None, *, key=None)", doc = "Return the index where to insert item x in list a, assuming a is sorted.\n"
                    + "\n"
                    + "The return value i is such that all e in a[:i] have e < x, and all e in\n"
                    + "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
                    + "insert just before the leftmost x already there.\n"
                    + "\n"
                    + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
                    + "slice of a to be searched.")
    public static Object bisect_left(ThreadState ts, Object a, Object x, long lo, Object hi, Object key) {
        return search(ts, a, x, lo, hi, key, false);
    }

    @PyMethod(value = "($module, /, a, x, lo=0, hi=None, *, key=None)", doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n"
                    + "\n"
                    + "If x is already in a, insert it to the right of the rightmost x.\n"
                    + "\n"
                    + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
                    + "slice of a to be searched.")
    public static void insort_right(ThreadState ts, Object a, Object x, long lo, Object hi, Object key) {
        insort(ts, a, x, lo, hi, key, true);
    }

    @PyMethod(value = "($module, /, a, x, lo=0, hi=None, *, key=None)", doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n"
                    + "\n"
                    + "If x is already in a, insert it to the left of the leftmost x.\n"
                    + "\n"
                    + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
                    + "slice of a to be searched.")
    public static void insort_left(ThreadState ts, Object a, Object x, long lo, Object hi, Object key) {
        insort(ts, a, x, lo, hi, key, false);
    }
}
