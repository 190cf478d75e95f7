package org.pythebo.modules.itertools;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;

/** The {@code itertools} module. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("itertools", "Functional tools for creating and using iterators.\n\n"
                + "Infinite iterators:\n"
                + "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
                + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
                + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
                + "Iterators terminating on the shortest input sequence:\n"
                + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
                + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
                + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
                + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
                + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
                + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
                + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
                + "islice(seq, [start,] stop [, step]) --> elements from\n"
                + "       seq[start:stop:step]\n"
                + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
                + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
                + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
                + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
                + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
                + "Combinatoric generators:\n"
                + "product(p, q, ... [repeat=1]) --> cartesian product\n"
                + "permutations(p[, r])\n"
                + "combinations(p, r)\n"
                + "combinations_with_replacement(p, r)\n", ItertoolsModule.class);
        Globals g = module.globals;
        g.put("accumulate", Accumulate.TYPE);
        g.put("chain", Chain.TYPE);
        g.put("combinations", Combinations.TYPE);
        g.put("combinations_with_replacement", CombinationsWithReplacement.TYPE);
        g.put("compress", Compress.TYPE);
        g.put("count", Count.TYPE);
        g.put("cycle", Cycle.TYPE);
        g.put("dropwhile", DropWhile.TYPE);
        g.put("filterfalse", FilterFalse.TYPE);
        g.put("groupby", GroupBy.TYPE);
        g.put("_grouper", GroupBy.Grouper.TYPE);
        g.put("islice", ISlice.TYPE);
        g.put("pairwise", Pairwise.TYPE);
        g.put("permutations", Permutations.TYPE);
        g.put("product", Product.TYPE);
        g.put("repeat", Repeat.TYPE);
        g.put("starmap", StarMap.TYPE);
        g.put("takewhile", TakeWhile.TYPE);
        g.put("_tee", Tee.TYPE);
        g.put("_tee_dataobject", Tee.Data.TYPE);
        g.put("zip_longest", ZipLongest.TYPE);
        return module;
    }

    /**
     * tee(iterable, n=2): the iterator itself when it can be copied (has __copy__), else a new
     * tee over it, followed by n-1 copies of that first one.
     */
    @PyMethod(value = "($module, iterable, n=2, /)", doc = "Returns a tuple of n independent iterators.")
    public static Object tee(ThreadState ts, Object iterable, long n) {
        if (n < 0) {
            throw PyException.valueError("n must be >= 0");
        }
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyException.of(Exc.MemoryError, "");
        }
        PyIterator it = Ops.iter(ts, iterable);
        Object first = Iters.visible(it);
        Object copy = Ops.lookupAttr(ts, first, "__copy__");
        if (copy == null) {
            first = Tee.of(ts, it);
            copy = Ops.getAttr(ts, first, "__copy__");
        }
        Object[] out = new Object[(int) n];
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = Ops.call(ts, copy);
        }
        return PyTuple.of(out);
    }
}
