package org.pythebo.modules._io;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/** The {@code _io} module: open() and the file classes, which the Lib's {@code io} re-exports. */
public final class IoModule {
    private IoModule() {}

    /** The module; its open is the builtins' one, as {@code io.open is open} in CPython. */
    public static PyModule create(ThreadState ts) {
        return create(ts, "_io");
    }

    /** The module under {@code name}: {@code io} stands in for the Lib's io.py until that runs here. */
    public static PyModule create(ThreadState ts, String name) {
        PyModule module = ModuleRegistry.newModule(name, null, null);
        Globals g = module.globals;
        g.put("open", ts.interp.builtins.get("open"));
        IoOpen.types().forEach(g::put);
        g.put("UnsupportedOperation", IoOpen.UNSUPPORTED);
        g.put("DEFAULT_BUFFER_SIZE", 8192L);
        if (name.equals("io")) {
            g.put("SEEK_SET", 0L);
            g.put("SEEK_CUR", 1L);
            g.put("SEEK_END", 2L);
        }
        return module;
    }
}
