package org.pythebo.modules._functools;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;

/** The {@code _functools} module: reduce, cmp_to_key, partial and _lru_cache_wrapper. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_functools", "Tools that operate on functions.",
                FunctoolsModule.class);
        Globals g = module.globals;
        g.put("partial", PyPartial.TYPE);
        g.put("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        return module;
    }

    @PyMethod(value = "($module, function, iterable, initial=?, /)", args = ArgStyle.UNPACK,
            doc = "reduce(function, iterable[, initial]) -> value\n\n"
                    + "Apply a function of two arguments cumulatively to the items of a sequence\n"
                    + "or iterable, from left to right, so as to reduce the iterable to a single\n"
                    + "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
                    + "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
                    + "of the iterable in the calculation, and serves as a default when the\n"
                    + "iterable is empty.")
    public static Object reduce(ThreadState ts, Object function, Object iterable, Object initial) {
        PyIterator it;
        try {
            it = Ops.iter(ts, iterable);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError)) {
                throw PyException.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object result = initial;
        for (Object x = it.next(ts); x != null; x = it.next(ts)) {
            result = result == null ? x : Ops.call(ts, function, result, x);
        }
        if (result == null) {
            throw PyException.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    @PyMethod(value = "($module, /, mycmp)", doc = "Convert a cmp= function into a key= function.")
    public static Object cmp_to_key(Object mycmp) {
        return new KeyWrapper(mycmp, null);
    }
}
