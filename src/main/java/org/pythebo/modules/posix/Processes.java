package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.ErrnoConstants.EINVAL;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.errno;
import static org.pythebo.modules.posix.Structs.TMS;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.stream.IntStream;

/**
 * The process and its relatives: ids, groups, sessions, waiting for children (with the
 * WIFEXITED family of decoders), CPU times, scheduling priority, resource limits and usage, and
 * CPU affinity; for os and resource. uid_t and gid_t travel as Java ints: -1 is (uid_t) -1,
 * and larger ids come back negative (Integer.toUnsignedLong shows them as CPython does).
 */
public final class Processes {
    private Processes() {
    }

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class GetpidCall {
        static final MethodHandle HANDLE = Native.function("getpid", C_INT);
    }

    private static final class GetppidCall {
        static final MethodHandle HANDLE = Native.function("getppid", C_INT);
    }

    private static final class GetuidCall {
        static final MethodHandle HANDLE = Native.function("getuid", C_INT);
    }

    private static final class GeteuidCall {
        static final MethodHandle HANDLE = Native.function("geteuid", C_INT);
    }

    private static final class GetgidCall {
        static final MethodHandle HANDLE = Native.function("getgid", C_INT);
    }

    private static final class GetegidCall {
        static final MethodHandle HANDLE = Native.function("getegid", C_INT);
    }

    private static final class GetpgrpCall {
        static final MethodHandle HANDLE = Native.function("getpgrp", C_INT);
    }

    private static final class GetgroupsCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getgroups", C_INT, C_INT, C_POINTER);
    }

    private static final class SetgroupsCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setgroups", C_INT, C_LONG, C_POINTER);
    }

    private static final class SetuidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setuid", C_INT, C_INT);
    }

    private static final class SeteuidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("seteuid", C_INT, C_INT);
    }

    private static final class SetgidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setgid", C_INT, C_INT);
    }

    private static final class SetegidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setegid", C_INT, C_INT);
    }

    private static final class SetreuidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setreuid", C_INT, C_INT, C_INT);
    }

    private static final class SetregidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setregid", C_INT, C_INT, C_INT);
    }

    private static final class SetresuidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setresuid", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class SetresgidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setresgid", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class GetresuidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getresuid", C_INT, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class GetresgidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getresgid", C_INT, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class GetpgidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getpgid", C_INT, C_INT);
    }

    private static final class SetpgidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setpgid", C_INT, C_INT, C_INT);
    }

    private static final class SetsidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setsid", C_INT);
    }

    private static final class GetsidCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getsid", C_INT, C_INT);
    }

    private static final class Wait4Call {
        static final MethodHandle HANDLE = Native.errnoFunction("wait4", C_INT, C_INT, C_POINTER, C_INT, C_POINTER);
    }

    private static final class TimesCall {
        static final MethodHandle HANDLE = Native.errnoFunction("times", C_LONG, C_POINTER);
    }

    private static final class SyscallLongLongCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("syscall", 1, C_LONG, C_LONG, C_LONG, C_LONG);
    }

    private static final class SetpriorityCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setpriority", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class PrlimitCall {
        static final MethodHandle HANDLE = Native.errnoFunction("prlimit", C_INT, C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class GetrusageCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getrusage", C_INT, C_INT, C_POINTER);
    }

    private static final class SchedGetaffinityCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sched_getaffinity", C_INT, C_INT, C_LONG, C_POINTER);
    }

    private static final class SchedSetaffinityCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sched_setaffinity", C_INT, C_INT, C_LONG, C_POINTER);
    }

    /** Linux x86_64's number for the getpriority system call. */
    private static final long SYS_GETPRIORITY = 140;
    /** The kernel's getpriority answers 20 - nice, so that no success looks like -1. */
    private static final int KERNEL_PRIORITY_BASE = 20;
    /** setpriority/getpriority "which" for the calling process. */
    public static final int PRIO_PROCESS = PosixConstants.PRIO_PROCESS;

    // ---- ids ----

    public static int getpid() {
        return intCall(GetpidCall.HANDLE);
    }

    public static int getppid() {
        return intCall(GetppidCall.HANDLE);
    }

    public static int getuid() {
        return intCall(GetuidCall.HANDLE);
    }

    public static int geteuid() {
        return intCall(GeteuidCall.HANDLE);
    }

    public static int getgid() {
        return intCall(GetgidCall.HANDLE);
    }

    public static int getegid() {
        return intCall(GetegidCall.HANDLE);
    }

    public static int getpgrp() {
        return intCall(GetpgrpCall.HANDLE);
    }

    private static int intCall(MethodHandle function) {
        try {
            return (int) function.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.getgroups: the supplementary group ids. */
    public static int[] getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            while (true) {
                int count = (int) GetgroupsCall.HANDLE.invokeExact(state, 0, NULL);
                if (count < 0) {
                    throw new PosixException(errno(state), "getgroups");
                }
                MemorySegment groups = arena.allocate(C_INT, Math.max(count, 1));
                int filled = (int) GetgroupsCall.HANDLE.invokeExact(state, count, groups);
                if (filled >= 0) {
                    return groups.asSlice(0, filled * C_INT.byteSize()).toArray(C_INT);
                }
                // EINVAL: the groups grew between the two calls; ask again.
                if (errno(state) != EINVAL) {
                    throw new PosixException(errno(state), "getgroups");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void setgroups(int[] groups) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment list = arena.allocate(C_INT, Math.max(groups.length, 1));
            MemorySegment.copy(groups, 0, list, C_INT, 0, groups.length);
            if ((int) SetgroupsCall.HANDLE.invokeExact(state, (long) groups.length, list) < 0) {
                throw new PosixException(errno(state), "setgroups");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void setuid(int uid) {
        idCall(SetuidCall.HANDLE, uid, "setuid");
    }

    public static void seteuid(int uid) {
        idCall(SeteuidCall.HANDLE, uid, "seteuid");
    }

    public static void setgid(int gid) {
        idCall(SetgidCall.HANDLE, gid, "setgid");
    }

    public static void setegid(int gid) {
        idCall(SetegidCall.HANDLE, gid, "setegid");
    }

    private static void idCall(MethodHandle function, int id, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) function.invokeExact(state, id) < 0) {
                throw new PosixException(errno(state), name);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void setreuid(int ruid, int euid) {
        idPairCall(SetreuidCall.HANDLE, ruid, euid, "setreuid");
    }

    public static void setregid(int rgid, int egid) {
        idPairCall(SetregidCall.HANDLE, rgid, egid, "setregid");
    }

    /** setpgid(2): pid 0 is the caller, pgrp 0 makes it a group leader. */
    public static void setpgid(int pid, int processGroup) {
        idPairCall(SetpgidCall.HANDLE, pid, processGroup, "setpgid");
    }

    private static void idPairCall(MethodHandle function, int first, int second, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) function.invokeExact(state, first, second) < 0) {
                throw new PosixException(errno(state), name);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void setresuid(int ruid, int euid, int suid) {
        idTripleCall(SetresuidCall.HANDLE, ruid, euid, suid, "setresuid");
    }

    public static void setresgid(int rgid, int egid, int sgid) {
        idTripleCall(SetresgidCall.HANDLE, rgid, egid, sgid, "setresgid");
    }

    private static void idTripleCall(MethodHandle function, int first, int second, int third, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) function.invokeExact(state, first, second, third) < 0) {
                throw new PosixException(errno(state), name);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.getresuid: {real, effective, saved}. */
    public static int[] getresuid() {
        return idTriple(GetresuidCall.HANDLE, "getresuid");
    }

    /** os.getresgid: {real, effective, saved}. */
    public static int[] getresgid() {
        return idTriple(GetresgidCall.HANDLE, "getresgid");
    }

    private static int[] idTriple(MethodHandle function, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment ids = arena.allocate(C_INT, 3);
            if ((int) function.invokeExact(state, ids, ids.asSlice(4), ids.asSlice(8)) < 0) {
                throw new PosixException(errno(state), name);
            }
            return ids.toArray(C_INT);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static int getpgid(int pid) {
        return pidCall(GetpgidCall.HANDLE, pid, "getpgid");
    }

    public static int getsid(int pid) {
        return pidCall(GetsidCall.HANDLE, pid, "getsid");
    }

    private static int pidCall(MethodHandle function, int pid, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result = (int) function.invokeExact(state, pid);
            if (result < 0) {
                throw new PosixException(errno(state), name);
            }
            return result;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** setsid(2): returns the new session id. */
    public static int setsid() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int session = (int) SetsidCall.HANDLE.invokeExact(state);
            if (session < 0) {
                throw new PosixException(errno(state), "setsid");
            }
            return session;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- children ----

    /**
     * What waitpid or wait4 reported: pid 0 when WNOHANG found no change, the raw status
     * (decode with {@link #wifexited} and the others), and the child's usage for wait4.
     */
    public record WaitResult(int pid, int status, Rusage usage) {
    }

    /** os.waitpid(pid, options); WNOHANG, WUNTRACED, WCONTINUED in options. */
    public static WaitResult waitpid(int pid, int options) {
        return wait(pid, options, false);
    }

    /** os.wait4: as waitpid, plus the child's resource usage. */
    public static WaitResult wait4(int pid, int options) {
        return wait(pid, options, true);
    }

    private static WaitResult wait(int pid, int options, boolean withUsage) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment status = arena.allocate(C_INT);
            MemorySegment usage = withUsage ? arena.allocate(Structs.RUSAGE) : NULL;
            int child;
            do {
                child = (int) Wait4Call.HANDLE.invokeExact(state, pid, status, options, usage);
            } while (child < 0 && errno(state) == EINTR);
            if (child < 0) {
                throw new PosixException(errno(state), withUsage ? "wait4" : "waitpid");
            }
            return new WaitResult(child, status.get(C_INT, 0), withUsage ? Rusage.read(usage) : null);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // glibc's <bits/waitstatus.h> layout: low 7 bits the terminating signal (0 for an exit,
    // 0x7f for a stop), bit 7 the core dump, the next byte the exit code or stopping signal.

    public static boolean wifexited(int status) {
        return wtermsig(status) == 0;
    }

    public static int wexitstatus(int status) {
        return (status >> 8) & 0xff;
    }

    public static boolean wifsignaled(int status) {
        return (byte) ((status & 0x7f) + 1) >> 1 > 0;
    }

    public static int wtermsig(int status) {
        return status & 0x7f;
    }

    public static boolean wcoredump(int status) {
        return (status & 0x80) != 0;
    }

    public static boolean wifstopped(int status) {
        return (status & 0xff) == 0x7f;
    }

    public static int wstopsig(int status) {
        return wexitstatus(status);
    }

    public static boolean wifcontinued(int status) {
        return status == 0xffff;
    }

    /**
     * os.waitstatus_to_exitcode: the exit code, or minus the signal that killed the child;
     * IllegalArgumentException for a status that is neither (CPython's ValueError).
     */
    public static int waitstatusToExitcode(int status) {
        if (wifexited(status)) {
            return wexitstatus(status);
        }
        if (wifsignaled(status)) {
            return -wtermsig(status);
        }
        throw new IllegalArgumentException("invalid wait status: " + status);
    }

    // ---- time and priority ----

    /** os.times: CPU seconds of the process and its waited-for children, and elapsed real time. */
    public record Times(double user, double system, double childrenUser, double childrenSystem, double elapsed) {
    }

    private static final long TMS_UTIME = offset(TMS, "tms_utime");
    private static final long TMS_STIME = offset(TMS, "tms_stime");
    private static final long TMS_CUTIME = offset(TMS, "tms_cutime");
    private static final long TMS_CSTIME = offset(TMS, "tms_cstime");

    public static Times times() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(TMS);
            long elapsed = (long) TimesCall.HANDLE.invokeExact(state, buffer);
            if (elapsed == -1) {
                throw new PosixException(errno(state), "times");
            }
            double ticks = SystemConfig.sysconf(ConfNames.SC_CLK_TCK);
            return new Times(buffer.get(C_LONG, TMS_UTIME) / ticks, buffer.get(C_LONG, TMS_STIME) / ticks,
                    buffer.get(C_LONG, TMS_CUTIME) / ticks, buffer.get(C_LONG, TMS_CSTIME) / ticks, elapsed / ticks);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.getpriority: the nice value of a process (PRIO_PROCESS), group or user. Made as the
     * raw system call, whose answer (20 - nice) cannot be mistaken for failure the way
     * glibc's -1 can.
     */
    public static int getpriority(int which, int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            long raw = (long) SyscallLongLongCall.HANDLE.invokeExact(state, SYS_GETPRIORITY, (long) which, (long) who);
            if (raw < 0) {
                throw new PosixException(errno(state), "getpriority");
            }
            return KERNEL_PRIORITY_BASE - (int) raw;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void setpriority(int which, int who, int priority) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) SetpriorityCall.HANDLE.invokeExact(state, which, who, priority) < 0) {
                throw new PosixException(errno(state), "setpriority");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.nice: adds {@code increment} to the calling thread's nice value (Linux keeps it per
     * thread) and returns the new one; as glibc's nice does, a refusal to lower it is EPERM.
     */
    public static int nice(int increment) {
        int current = getpriority(PRIO_PROCESS, 0);
        try {
            setpriority(PRIO_PROCESS, 0, current + increment);
        } catch (PosixException e) {
            if (e.errno() == ErrnoConstants.EACCES) {
                throw new PosixException(ErrnoConstants.EPERM, "nice");
            }
            throw new PosixException(e.errno(), "nice");
        }
        return getpriority(PRIO_PROCESS, 0);
    }

    // ---- resources ----

    /** resource.getrlimit: {soft, hard}; RLIM_INFINITY is -1, as CPython shows it. */
    public static long[] getrlimit(int resource) {
        return prlimit(0, resource, null);
    }

    public static void setrlimit(int resource, long soft, long hard) {
        prlimit(0, resource, new long[] {soft, hard});
    }

    /** resource.prlimit: sets {@code limits} {soft, hard} unless null; returns the previous ones. */
    public static long[] prlimit(int pid, int resource, long[] limits) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment newLimits = NULL;
            if (limits != null) {
                newLimits = arena.allocate(Structs.RLIMIT);
                newLimits.set(C_LONG, 0, limits[0]);
                newLimits.set(C_LONG, 8, limits[1]);
            }
            MemorySegment oldLimits = arena.allocate(Structs.RLIMIT);
            if ((int) PrlimitCall.HANDLE.invokeExact(state, pid, resource, newLimits, oldLimits) < 0) {
                throw new PosixException(errno(state), "prlimit");
            }
            return oldLimits.toArray(C_LONG);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** resource.getrusage: RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD. */
    public static Rusage getrusage(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment usage = arena.allocate(Structs.RUSAGE);
            if ((int) GetrusageCall.HANDLE.invokeExact(state, who, usage) < 0) {
                throw new PosixException(errno(state), "getrusage");
            }
            return Rusage.read(usage);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- CPU affinity ----

    /** os.sched_getaffinity: the CPUs the process (0 for the caller) may run on, ascending. */
    public static int[] schedGetaffinity(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            // Start with glibc's cpu_set_t and double while the kernel's mask is larger (EINVAL).
            for (long bytes = Structs.CPU_SET.byteSize(); ; bytes *= 2) {
                MemorySegment mask = arena.allocate(bytes, 8);
                if ((int) SchedGetaffinityCall.HANDLE.invokeExact(state, pid, bytes, mask) == 0) {
                    IntStream.Builder cpus = IntStream.builder();
                    for (long word = 0; word < bytes / 8; word++) {
                        long bits = mask.getAtIndex(C_LONG, word);
                        for (int bit = 0; bit < 64; bit++) {
                            if ((bits & (1L << bit)) != 0) {
                                cpus.add((int) (word * 64 + bit));
                            }
                        }
                    }
                    return cpus.build().toArray();
                }
                if (errno(state) != EINVAL || bytes > (1 << 20)) {
                    throw new PosixException(errno(state), "sched_getaffinity");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void schedSetaffinity(int pid, int[] cpus) {
        int highest = IntStream.of(cpus).max().orElse(0);
        long bytes = Math.max(Structs.CPU_SET.byteSize(), (highest / 64 + 1) * 8L);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment mask = arena.allocate(bytes, 8);
            for (int cpu : cpus) {
                if (cpu < 0) {
                    throw new IllegalArgumentException("negative CPU number");
                }
                long word = cpu / 64;
                mask.setAtIndex(C_LONG, word, mask.getAtIndex(C_LONG, word) | 1L << (cpu % 64));
            }
            if ((int) SchedSetaffinityCall.HANDLE.invokeExact(state, pid, bytes, mask) < 0) {
                throw new PosixException(errno(state), "sched_setaffinity");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
