package org.pythebo.modules;

import org.pythebo.runtime.Globals;
import org.pythebo.runtime.IoOpen;
import org.pythebo.runtime.PyModule;
import org.pythebo.runtime.Singleton;
import org.pythebo.runtime.ThreadState;

/** The {@code _io} module, and {@code io} (which re-exports it in CPython): open() and the file classes. */
public final class IoModule {
    private IoModule() {}

    /** The module; its open is the builtins' one, as {@code io.open is open} in CPython. */
    static PyModule create(ThreadState ts, String name) {
        Globals g = new Globals(null);
        g.put("__name__", name);
        g.put("__doc__", Singleton.NONE);
        g.put("open", ts.interp.builtins.get("open"));
        IoOpen.types().forEach(g::put);
        g.put("UnsupportedOperation", IoOpen.UNSUPPORTED);
        g.put("DEFAULT_BUFFER_SIZE", 8192L);
        if (name.equals("io")) {
            g.put("SEEK_SET", 0L);
            g.put("SEEK_CUR", 1L);
            g.put("SEEK_END", 2L);
        }
        return new PyModule(name, g);
    }
}
