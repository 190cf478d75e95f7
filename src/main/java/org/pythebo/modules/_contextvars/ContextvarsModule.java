package org.pythebo.modules._contextvars;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;

/** The {@code _contextvars} module, which Lib/contextvars.py re-exports. */
public final class ContextvarsModule {
    private ContextvarsModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_contextvars", "Context Variables", ContextvarsModule.class);
        Globals g = module.globals;
        g.put("Context", PyContext.TYPE);
        g.put("ContextVar", PyContextVar.TYPE);
        g.put("Token", PyToken.TYPE);
        return module;
    }

    @PyMethod("($module, /)")
    public static Object copy_context(ThreadState ts) {
        return PyContext.copyCurrent(ts);
    }
}
