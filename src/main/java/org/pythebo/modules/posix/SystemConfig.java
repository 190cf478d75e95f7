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

    private static final MethodHandle SYSCONF = Native.errnoFunction("sysconf", C_LONG, C_INT);
    private static final MethodHandle PATHCONF = Native.errnoFunction("pathconf", C_LONG, C_POINTER, C_INT);
    private static final MethodHandle FPATHCONF = Native.errnoFunction("fpathconf", C_LONG, C_INT, C_INT);
    private static final MethodHandle CONFSTR = Native.errnoFunction("confstr", C_LONG, C_INT, C_POINTER, C_LONG);
    private static final MethodHandle UNAME = Native.errnoFunction("uname", C_INT, C_POINTER);
    private static final MethodHandle GETLOADAVG = Native.function("getloadavg", C_INT, C_POINTER, C_INT);

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

    /** os.sysconf: the value, or -1 where the system sets no limit; unknown names fail (EINVAL). */
    public static long sysconf(int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            Native.clearErrno();
            long value = (long) SYSCONF.invokeExact(state, name);
            if (value == -1 && errno(state) != 0) {
                throw new PosixException(errno(state), "sysconf");
            }
            return value;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.pathconf(path, name): the value, or -1 where there is no limit. */
    public static long pathconf(byte[] path, int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cPath = Native.cString(arena, path);
            Native.clearErrno();
            long value = (long) PATHCONF.invokeExact(state, cPath, name);
            if (value == -1 && errno(state) != 0) {
                throw new PosixException(errno(state), "pathconf", path);
            }
            return value;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.fpathconf / os.pathconf(fd, name). */
    public static long fpathconf(int fd, int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            Native.clearErrno();
            long value = (long) FPATHCONF.invokeExact(state, fd, name);
            if (value == -1 && errno(state) != 0) {
                throw new PosixException(errno(state), "fpathconf");
            }
            return value;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.confstr: the value's bytes, or null where the name has none (CPython's None). */
    public static byte[] confstr(int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            long size = 256;
            while (true) {
                MemorySegment buffer = arena.allocate(size);
                Native.clearErrno();
                long needed = (long) CONFSTR.invokeExact(state, name, buffer, size);
                if (needed == 0) {
                    if (errno(state) != 0) {
                        throw new PosixException(errno(state), "confstr");
                    }
                    return null;
                }
                if (needed <= size) {
                    return buffer.asSlice(0, needed - 1).toArray(C_CHAR);
                }
                size = needed;
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
            if ((int) UNAME.invokeExact(state, buffer) < 0) {
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
            if ((int) GETLOADAVG.invokeExact(averages, 3) != 3) {
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
