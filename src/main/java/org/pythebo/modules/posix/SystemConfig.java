package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_DOUBLE;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.errno;
import static org.pythebo.modules.posix.Structs.UTSNAME;
import static org.pythebo.modules.posix.Structs.UTSNAME_LENGTH;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.SequencedMap;

/**
 * What the system says about itself: sysconf, pathconf, confstr (with the name tables of
 * os.sysconf_names, os.pathconf_names, os.confstr_names), uname and the load average.
 * Text from C comes back as bytes, for the caller to decode as CPython does (fsdecode).
 */
public final class SystemConfig {
    private SystemConfig() {
    }

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class SysconfCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sysconf", C_LONG, C_INT);
    }

    private static final class PathconfCall {
        static final MethodHandle HANDLE = Native.errnoFunction("pathconf", C_LONG, C_POINTER, C_INT);
    }

    private static final class FpathconfCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fpathconf", C_LONG, C_INT, C_INT);
    }

    private static final class ConfstrCall {
        static final MethodHandle HANDLE = Native.errnoFunction("confstr", C_LONG, C_INT, C_POINTER, C_LONG);
    }

    private static final class UnameCall {
        static final MethodHandle HANDLE = Native.errnoFunction("uname", C_INT, C_POINTER);
    }

    private static final class GetloadavgCall {
        static final MethodHandle HANDLE = Native.function("getloadavg", C_INT, C_POINTER, C_INT);
    }

    /** os.sysconf_names: name (without the C underscore) to glibc's number. */
    public static SequencedMap<String, Long> sysconfNames() {
        return ConfNames.SYSCONF;
    }

    public static SequencedMap<String, Long> pathconfNames() {
        return ConfNames.PATHCONF;
    }

    public static SequencedMap<String, Long> confstrNames() {
        return ConfNames.CONFSTR;
    }

    // These four report failure only by changing errno, so it is cleared just before each call.
    // Anything run in between (loading a class, linking a handle) could set it again, so the
    // handle is fetched first, and a failure counts only when a second attempt repeats it.

    /** os.sysconf: the value, or -1 where the system sets no limit; unknown names fail (EINVAL). */
    public static long sysconf(int name) {
        MethodHandle sysconf = SysconfCall.HANDLE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            for (int attempt = 0; ; attempt++) {
                Native.clearErrno();
                long value = (long) sysconf.invokeExact(state, name);
                if (value != -1 || errno(state) == 0) {
                    return value;
                }
                if (attempt == 1) {
                    throw new PosixException(errno(state), "sysconf");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.pathconf(path, name): the value, or -1 where there is no limit. */
    public static long pathconf(byte[] path, int name) {
        MethodHandle pathconf = PathconfCall.HANDLE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cPath = Native.cString(arena, path);
            for (int attempt = 0; ; attempt++) {
                Native.clearErrno();
                long value = (long) pathconf.invokeExact(state, cPath, name);
                if (value != -1 || errno(state) == 0) {
                    return value;
                }
                if (attempt == 1) {
                    throw new PosixException(errno(state), "pathconf", path);
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.fpathconf / os.pathconf(fd, name). */
    public static long fpathconf(int fd, int name) {
        MethodHandle fpathconf = FpathconfCall.HANDLE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            for (int attempt = 0; ; attempt++) {
                Native.clearErrno();
                long value = (long) fpathconf.invokeExact(state, fd, name);
                if (value != -1 || errno(state) == 0) {
                    return value;
                }
                if (attempt == 1) {
                    throw new PosixException(errno(state), "fpathconf");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.confstr: the value's bytes, or null where the name has none (CPython's None). */
    public static byte[] confstr(int name) {
        MethodHandle confstr = ConfstrCall.HANDLE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            long size = 256;
            int attempt = 0;
            while (true) {
                MemorySegment buffer = arena.allocate(size);
                Native.clearErrno();
                long needed = (long) confstr.invokeExact(state, name, buffer, size);
                if (needed == 0) {
                    if (errno(state) == 0) {
                        return null;
                    }
                    if (attempt++ == 1) {
                        throw new PosixException(errno(state), "confstr");
                    }
                } else if (needed <= size) {
                    return buffer.asSlice(0, needed - 1).toArray(C_CHAR);
                } else {
                    size = needed;
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.uname's fields, as bytes. */
    public record Uname(byte[] sysname, byte[] nodename, byte[] release, byte[] version, byte[] machine) {
    }

    public static Uname uname() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(UTSNAME);
            if ((int) UnameCall.HANDLE.invokeExact(state, buffer) < 0) {
                throw new PosixException(errno(state), "uname");
            }
            return new Uname(
                    Native.readCharArray(buffer, offset(UTSNAME, "sysname"), UTSNAME_LENGTH),
                    Native.readCharArray(buffer, offset(UTSNAME, "nodename"), UTSNAME_LENGTH),
                    Native.readCharArray(buffer, offset(UTSNAME, "release"), UTSNAME_LENGTH),
                    Native.readCharArray(buffer, offset(UTSNAME, "version"), UTSNAME_LENGTH),
                    Native.readCharArray(buffer, offset(UTSNAME, "machine"), UTSNAME_LENGTH));
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.getloadavg: the 1, 5 and 15 minute averages; null when they are unobtainable (CPython
     * then raises OSError("Load averages are unobtainable")).
     */
    public static double[] getloadavg() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment averages = arena.allocate(C_DOUBLE, 3);
            if ((int) GetloadavgCall.HANDLE.invokeExact(averages, 3) != 3) {
                return null;
            }
            return averages.toArray(C_DOUBLE);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.cpu_count: processors online, or 0 when unknown (CPython's None). */
    public static int cpuCount() {
        long count = sysconf(ConfNames.SC_NPROCESSORS_ONLN);
        return count < 1 ? 0 : (int) count;
    }
}
