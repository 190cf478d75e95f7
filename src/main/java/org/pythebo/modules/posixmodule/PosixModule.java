package org.pythebo.modules.posixmodule;

import java.util.List;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.posix.PosixConstants;
import org.pythebo.modules.posix.SystemConfig;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.objects.PyModule;

/**
 * The {@code posix} module, which os.py re-exports: its functions ({@link FileFunctions},
 * {@link DescriptorFunctions}, {@link ProcessFunctions}, {@link SystemFunctions}), its
 * constants, its types and {@code environ}. Making it calls no C function, so that
 * {@code import os} stays cheap: environ comes from /proc.
 */
public final class PosixModule {
    private PosixModule() {}

    /**
     * What os.py reads from {@code _have_functions}: the C functions behind the dir_fd,
     * follow_symlinks and descriptor forms that this module supports (fexecve and memfd_create,
     * which CPython also lists, have no counterpart here).
     */
    private static final List<String> HAVE_FUNCTIONS = List.of(
            "HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
            "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS",
            "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_FUTIMESAT", "HAVE_LINKAT", "HAVE_LCHOWN",
            "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT",
            "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT");

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("posix",
                "This module provides access to operating system functionality that is\n"
                        + "standardized by the C Standard and the POSIX standard (a thinly\n"
                        + "disguised Unix interface).  Refer to the library manual and\n"
                        + "corresponding Unix manual entries for more information on calls.",
                FileFunctions.class);
        Exposer.exposeFunctions(DescriptorFunctions.class, module);
        Exposer.exposeFunctions(ProcessFunctions.class, module);
        Exposer.exposeFunctions(SystemFunctions.class, module);
        Globals g = module.globals;
        PosixConstants.TABLE.forEach(g::put);
        g.put("environ", SystemFunctions.environ());
        g.put("error", Exc.OSError);
        g.put("DirEntry", PyDirEntry.TYPE);
        g.put("stat_result", StatResults.STAT.type);
        g.put("statvfs_result", StatResults.STATVFS.type);
        g.put("terminal_size", StatResults.TERMINAL_SIZE.type);
        g.put("uname_result", StatResults.UNAME.type);
        g.put("times_result", StatResults.TIMES.type);
        g.put("sysconf_names", SystemFunctions.namesDict(SystemConfig.sysconfNames()));
        g.put("pathconf_names", SystemFunctions.namesDict(SystemConfig.pathconfNames()));
        g.put("confstr_names", SystemFunctions.namesDict(SystemConfig.confstrNames()));
        PyList have = new PyList();
        HAVE_FUNCTIONS.forEach(have::append);
        g.put("_have_functions", have);
        return module;
    }
}
