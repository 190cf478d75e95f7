package org.pythebo.modules._collections;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The {@code _collections} module: deque, defaultdict, namedtuple's {@code _tuplegetter} and
 * Counter's {@code _count_elements}. OrderedDict stays the Lib's pure-Python one.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_collections",
                "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n"
                        + "- defaultdict:  dict subclass with a default value factory\n",
                CollectionsModule.class);
        Globals g = module.globals;
        g.put("deque", PyDeque.TYPE);
        g.put("defaultdict", PyDefaultDict.TYPE);
        g.put("_deque_iterator", DequeIterator.FORWARD);
        g.put("_deque_reverse_iterator", DequeIterator.REVERSE);
        g.put("_tuplegetter", TupleGetter.TYPE);
        return module;
    }

    /**
     * Counts the items of an iterable into a mapping. A dict (or a subclass keeping dict's get
     * and __setitem__, as Counter does) is updated directly; any other mapping through its get
     * and item assignment.
     */
    @PyMethod("($module, mapping, iterable, /)")
    public static void _count_elements(ThreadState ts, Object mapping, Object iterable) {
        PyIterator it = Ops.iter(ts, iterable);
        PyType t = Ops.type(mapping);
        if (PyValueInstance.unwrap(mapping) instanceof PyDict d && t.lookup("get") == PyType.DICT.lookup("get")
                && t.lookup("__setitem__") == PyType.DICT.lookup("__setitem__")) {
            for (Object key = it.next(ts); key != null; key = it.next(ts)) {
                Object old = d.get(ts, key);
                d.setItem(ts, key, old == null ? 1L : Arith.add(ts, old, 1L));
            }
            return;
        }
        Object get = Ops.getAttr(ts, mapping, "get");
        for (Object key = it.next(ts); key != null; key = it.next(ts)) {
            Object old = Ops.call(ts, get, key, 0L);
            Ops.setItem(ts, mapping, key, Arith.add(ts, old, 1L));
        }
    }
}
