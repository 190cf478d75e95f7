package org.pythebo.modules;

import static org.pythebo.modules.posix.ErrnoConstants.EINVAL;
import static org.pythebo.modules.posix.ErrnoConstants.EPERM;

import org.pythebo.modules.posix.ConfNames;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Processes;
import org.pythebo.modules.posix.ResourceConstants;
import org.pythebo.modules.posix.Rusage;
import org.pythebo.modules.posix.SystemConfig;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.StructSeq;

/** The {@code resource} module: resource limits and usage of this process, on the C library. */
public final class ResourceModule {
    private ResourceModule() {}

    /** How many resources there are (RLIM_NLIMITS): numbers from 0 below it are valid. */
    private static final int RLIM_NLIMITS = 16;

    public static final StructSeq.Spec STRUCT_RUSAGE = new StructSeq.Spec("resource", "struct_rusage", 16, true,
            "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
            "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("resource", null, ResourceModule.class);
        Globals g = module.globals;
        ResourceConstants.TABLE.forEach(g::put);
        g.put("error", Exc.OSError);
        g.put("struct_rusage", STRUCT_RUSAGE.type);
        return module;
    }

    /** A struct_rusage of what the C library reported (os.wait3 and os.wait4 return them too). */
    public static StructSeq usage(Rusage u) {
        return STRUCT_RUSAGE.make(u.utime(), u.stime(), u.maxrss(), u.ixrss(), u.idrss(), u.isrss(), u.minflt(),
                u.majflt(), u.nswap(), u.inblock(), u.oublock(), u.msgsnd(), u.msgrcv(), u.nsignals(), u.nvcsw(),
                u.nivcsw());
    }

    @PyMethod("($module, who, /)")
    public static Object getrusage(int who) {
        try {
            return usage(Processes.getrusage(who));
        } catch (PosixException e) {
            if (e.errno() == EINVAL) {
                throw PyException.valueError("invalid who parameter");
            }
            throw PosixErrors.of(e);
        }
    }

    private static void checkResource(int resource) {
        if (resource < 0 || resource >= RLIM_NLIMITS) {
            throw PyException.valueError("invalid resource specified");
        }
    }

    @PyMethod("($module, resource, /)")
    public static Object getrlimit(int resource) {
        checkResource(resource);
        try {
            return limits(Processes.getrlimit(resource));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, resource, limits, /)")
    public static Object setrlimit(ThreadState ts, int resource, Object limits) {
        checkResource(resource);
        long[] pair = limitPair(ts, limits);
        try {
            Processes.setrlimit(resource, pair[0], pair[1]);
        } catch (PosixException e) {
            throw limitError(e);
        }
        return null;
    }

    @PyMethod(value = "($module, pid, resource, limits=?, /)", args = ArgStyle.TUPLE)
    public static Object prlimit(ThreadState ts, Object pid, Object resource, Object limits) {
        int p = Convert.asInt(ts, pid);
        int r = Convert.asInt(ts, resource);
        checkResource(r);
        long[] pair = limits == null ? null : limitPair(ts, limits);
        try {
            return limits(Processes.prlimit(p, r, pair));
        } catch (PosixException e) {
            throw limitError(e);
        }
    }

    @PyMethod("($module, /)")
    public static Object getpagesize() {
        return SystemConfig.sysconf(ConfNames.SC_PAGESIZE);
    }

    /** A (soft, hard) pair from any sequence of two ints; RLIM_INFINITY is -1. */
    private static long[] limitPair(ThreadState ts, Object limits) {
        Object[] items = Ops.toArray(ts, limits);
        if (items.length != 2) {
            throw PyException.valueError("expected a tuple of 2 integers");
        }
        return new long[] {Convert.asLong(ts, items[0]), Convert.asLong(ts, items[1])};
    }

    private static PyTuple limits(long[] pair) {
        return PyTuple.of(pair[0], pair[1]);
    }

    /** CPython names the two refusals of setrlimit by what they mean. */
    private static PyException limitError(PosixException e) {
        if (e.errno() == EINVAL) {
            return PyException.valueError("current limit exceeds maximum limit");
        }
        if (e.errno() == EPERM) {
            return PyException.valueError("not allowed to raise maximum limit");
        }
        return PosixErrors.of(e);
    }
}
