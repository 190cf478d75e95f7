package org.pythebo.modules;

import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.weakref.PyWeakProxy;
import org.pythebo.runtime.weakref.PyWeakReference;
import org.pythebo.runtime.weakref.PyWeakref;
import org.pythebo.runtime.weakref.WeakrefList;

/**
 * The {@code _weakref} module, under Lib/weakref.py and Lib/_weakrefset.py: the reference and
 * proxy types (runtime.weakref, where the runtime's own weak references live too) and the
 * functions that look at an object's weak references.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_weakref", "Weak-reference support module.", WeakrefModule.class);
        Globals g = module.globals;
        g.put("ref", PyWeakref.TYPE);
        g.put("ReferenceType", PyWeakref.TYPE);
        g.put("ProxyType", PyWeakProxy.TYPE);
        g.put("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        return module;
    }

    @PyMethod(value = "($module, object, /)", doc = "Return the number of weak references to 'object'.")
    public static Object getweakrefcount(Object object) {
        WeakrefList refs = object instanceof PyObject p ? p.weakrefs() : null;
        return refs == null ? 0L : (long) refs.liveCount();
    }

    @PyMethod(value = "($module, object, /)", doc = "Return a list of all weak reference objects pointing to 'object'.")
    public static Object getweakrefs(Object object) {
        WeakrefList refs = object instanceof PyObject p ? p.weakrefs() : null;
        if (refs == null) {
            return new PyList();
        }
        List<PyWeakReference> all = refs.snapshot();
        return new PyList(all.toArray());
    }

    @PyMethod(value = "($module, object, callback=None, /)", doc = """
            Create a proxy object that weakly references 'object'.

            'callback', if given, is called with a reference to the
            proxy when 'object' is about to be finalized.""")
    public static Object proxy(ThreadState ts, Object object, Object callback) {
        return PyWeakProxy.create(ts, object, callback);
    }

    /**
     * Removes {@code key} from {@code dct} if its value is a dead weak reference, atomically (the
     * dict's lock): WeakValueDictionary's callbacks run on another thread than the program.
     */
    @PyMethod(value = "($module, dct, key, /)", doc = "Atomically remove key from dict if it points to a dead weakref.")
    public static Object _remove_dead_weakref(ThreadState ts, Object dct, Object key) {
        if (!(PyValueInstance.unwrap(dct) instanceof PyDict d)) {
            throw PyException.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Ops.typeName(dct));
        }
        synchronized (d) {
            Object value = d.get(ts, key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof PyWeakReference w)) {
                throw PyException.typeError("not a weakref");
            }
            if (w.referent() == null) {
                d.remove(ts, key);
            }
        }
        return null;
    }
}
