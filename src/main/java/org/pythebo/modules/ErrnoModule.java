package org.pythebo.modules;

import org.pythebo.modules.posix.Errno;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/** The {@code errno} module: every errno constant of glibc on Linux, and {@code errorcode}. */
public final class ErrnoModule {
    private ErrnoModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("errno", DOC, null);
        Globals g = module.globals;
        PyDict errorcode = new PyDict();
        Errno.errorcode().forEach((value, name) -> errorcode.setItem((long) value, name));
        g.put("errorcode", errorcode);
        Errno.constants().forEach(g::put);
        return module;
    }

    private static final String DOC = """
            This module makes available standard errno system symbols.

            The value of each symbol is the corresponding integer value,
            e.g., on most systems, errno.ENOENT equals the integer 2.

            The dictionary errno.errorcode maps numeric codes to symbol names,
            e.g., errno.errorcode[2] could be the string 'ENOENT'.

            Symbols that are not relevant to the underlying system are not defined.

            To map error codes to error messages, use the function os.strerror(),
            e.g. os.strerror(2) could return 'No such file or directory'.""";
}
