package org.pythebo.modules;

import org.pythebo.runtime.Exc;
import org.pythebo.runtime.PyBaseException;
import org.pythebo.runtime.PyException;
import org.pythebo.runtime.ThreadState;

/** The import statement's view of modules until the import system arrives: sys.modules only. */
public final class BuiltinModules {
    private BuiltinModules() {}

    public static Object importModule(ThreadState ts, String name) {
        Object m = ts.interp.modules.get(ts, name);
        if (m != null) {
            return m;
        }
        if (name.equals("time")) {
            Object time = TimeModule.create();
            ts.interp.modules.setItem(ts, name, time);
            return time;
        }
        if (name.equals("_thread")) {
            Object thread = ThreadModule.create();
            ts.interp.modules.setItem(ts, name, thread);
            return thread;
        }
        PyBaseException e = PyBaseException.create(Exc.ModuleNotFoundError, "No module named '" + name + "'");
        e.attrName = null;
        throw new PyException(e);
    }
}
