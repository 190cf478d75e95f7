package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.ENOENT;
import static org.pythebo.modules.posix.ErrnoConstants.ERANGE;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Structs.GROUP;
import static org.pythebo.modules.posix.Structs.PASSWD;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The user and group databases through glibc's NSS (pwd, grp) and os.getlogin. Lookups use the
 * reentrant *_r functions; a name or id that is not found gives null (CPython's KeyError), as
 * does any lookup error, which CPython reports the same way. Text fields are bytes, for the
 * caller to fsdecode.
 */
// Calling C and reading the memory it returns is what this class is for.
@SuppressWarnings("restricted")
public final class Users {
    private Users() {
    }

    /** A pwd.struct_passwd. */
    public record Passwd(byte[] name, byte[] passwd, int uid, int gid, byte[] gecos, byte[] dir, byte[] shell) {
    }

    /** A grp.struct_group. */
    public record Group(byte[] name, byte[] passwd, int gid, List<byte[]> members) {
    }

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class GetpwnamRCall {
        static final MethodHandle HANDLE =
                Native.function("getpwnam_r", C_INT, C_POINTER, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class GetpwuidRCall {
        static final MethodHandle HANDLE =
                Native.function("getpwuid_r", C_INT, C_INT, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class GetgrnamRCall {
        static final MethodHandle HANDLE =
                Native.function("getgrnam_r", C_INT, C_POINTER, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class GetgrgidRCall {
        static final MethodHandle HANDLE =
                Native.function("getgrgid_r", C_INT, C_INT, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class SetpwentCall {
        static final MethodHandle HANDLE = Native.function("setpwent", null);
    }

    private static final class GetpwentRCall {
        static final MethodHandle HANDLE =
                Native.function("getpwent_r", C_INT, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class EndpwentCall {
        static final MethodHandle HANDLE = Native.function("endpwent", null);
    }

    private static final class SetgrentCall {
        static final MethodHandle HANDLE = Native.function("setgrent", null);
    }

    private static final class GetgrentRCall {
        static final MethodHandle HANDLE =
                Native.function("getgrent_r", C_INT, C_POINTER, C_POINTER, C_LONG, C_POINTER);
    }

    private static final class EndgrentCall {
        static final MethodHandle HANDLE = Native.function("endgrent", null);
    }

    private static final class GetloginRCall {
        static final MethodHandle HANDLE = Native.function("getlogin_r", C_INT, C_POINTER, C_LONG);
    }

    /** Where a lookup starts; doubled on ERANGE up to {@link #MAX_BUFFER}. */
    private static final long FIRST_BUFFER = 1024;
    private static final long MAX_BUFFER = 1 << 24;

    /**
     * glibc walks the whole database (setpwent/getpwent) with one cursor per process, so whole
     * walks take turns.
     */
    private static final Object PASSWD_WALK = new Object();
    private static final Object GROUP_WALK = new Object();

    private static final long PW_NAME = offset(PASSWD, "pw_name");
    private static final long PW_PASSWD = offset(PASSWD, "pw_passwd");
    private static final long PW_UID = offset(PASSWD, "pw_uid");
    private static final long PW_GID = offset(PASSWD, "pw_gid");
    private static final long PW_GECOS = offset(PASSWD, "pw_gecos");
    private static final long PW_DIR = offset(PASSWD, "pw_dir");
    private static final long PW_SHELL = offset(PASSWD, "pw_shell");
    private static final long GR_NAME = offset(GROUP, "gr_name");
    private static final long GR_PASSWD = offset(GROUP, "gr_passwd");
    private static final long GR_GID = offset(GROUP, "gr_gid");
    private static final long GR_MEM = offset(GROUP, "gr_mem");

    /** pwd.getpwnam; null if there is no such user. */
    public static Passwd getpwnam(byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = Native.cString(arena, name);
            MemorySegment entry = arena.allocate(PASSWD);
            MemorySegment result = arena.allocate(C_POINTER);
            for (long size = FIRST_BUFFER; size <= MAX_BUFFER; size *= 2) {
                int error = (int) GetpwnamRCall.HANDLE.invokeExact(cName, entry, arena.allocate(size), size, result);
                if (error != ERANGE) {
                    return error == 0 && !result.get(C_POINTER, 0).equals(NULL) ? passwd(entry) : null;
                }
            }
            return null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** pwd.getpwuid; null if there is no such user. */
    public static Passwd getpwuid(int uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(PASSWD);
            MemorySegment result = arena.allocate(C_POINTER);
            for (long size = FIRST_BUFFER; size <= MAX_BUFFER; size *= 2) {
                int error = (int) GetpwuidRCall.HANDLE.invokeExact(uid, entry, arena.allocate(size), size, result);
                if (error != ERANGE) {
                    return error == 0 && !result.get(C_POINTER, 0).equals(NULL) ? passwd(entry) : null;
                }
            }
            return null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** pwd.getpwall: every entry, in the database's order. */
    public static List<Passwd> getpwall() {
        List<Passwd> all = new ArrayList<>();
        synchronized (PASSWD_WALK) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment entry = arena.allocate(PASSWD);
                MemorySegment result = arena.allocate(C_POINTER);
                long size = FIRST_BUFFER;
                MemorySegment buffer = arena.allocate(size);
                SetpwentCall.HANDLE.invokeExact();
                try {
                    while (true) {
                        int error = (int) GetpwentRCall.HANDLE.invokeExact(entry, buffer, size, result);
                        if (error == ERANGE && size < MAX_BUFFER) {
                            size *= 2;
                            buffer = arena.allocate(size);
                            continue;
                        }
                        if (error != 0 || result.get(C_POINTER, 0).equals(NULL)) {
                            break;
                        }
                        all.add(passwd(entry));
                    }
                } finally {
                    EndpwentCall.HANDLE.invokeExact();
                }
            } catch (Throwable t) {
                throw Native.unchecked(t);
            }
        }
        return all;
    }

    private static Passwd passwd(MemorySegment entry) {
        return new Passwd(string(entry, PW_NAME), string(entry, PW_PASSWD),
                entry.get(C_INT, PW_UID), entry.get(C_INT, PW_GID),
                string(entry, PW_GECOS), string(entry, PW_DIR), string(entry, PW_SHELL));
    }

    /** grp.getgrnam; null if there is no such group. */
    public static Group getgrnam(byte[] name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = Native.cString(arena, name);
            MemorySegment entry = arena.allocate(GROUP);
            MemorySegment result = arena.allocate(C_POINTER);
            for (long size = FIRST_BUFFER; size <= MAX_BUFFER; size *= 2) {
                int error = (int) GetgrnamRCall.HANDLE.invokeExact(cName, entry, arena.allocate(size), size, result);
                if (error != ERANGE) {
                    return error == 0 && !result.get(C_POINTER, 0).equals(NULL) ? group(entry) : null;
                }
            }
            return null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** grp.getgrgid; null if there is no such group. */
    public static Group getgrgid(int gid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = arena.allocate(GROUP);
            MemorySegment result = arena.allocate(C_POINTER);
            for (long size = FIRST_BUFFER; size <= MAX_BUFFER; size *= 2) {
                int error = (int) GetgrgidRCall.HANDLE.invokeExact(gid, entry, arena.allocate(size), size, result);
                if (error != ERANGE) {
                    return error == 0 && !result.get(C_POINTER, 0).equals(NULL) ? group(entry) : null;
                }
            }
            return null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** grp.getgrall: every entry, in the database's order. */
    public static List<Group> getgrall() {
        List<Group> all = new ArrayList<>();
        synchronized (GROUP_WALK) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment entry = arena.allocate(GROUP);
                MemorySegment result = arena.allocate(C_POINTER);
                long size = FIRST_BUFFER;
                MemorySegment buffer = arena.allocate(size);
                SetgrentCall.HANDLE.invokeExact();
                try {
                    while (true) {
                        int error = (int) GetgrentRCall.HANDLE.invokeExact(entry, buffer, size, result);
                        if (error == ERANGE && size < MAX_BUFFER) {
                            size *= 2;
                            buffer = arena.allocate(size);
                            continue;
                        }
                        if (error != 0 || result.get(C_POINTER, 0).equals(NULL)) {
                            break;
                        }
                        all.add(group(entry));
                    }
                } finally {
                    EndgrentCall.HANDLE.invokeExact();
                }
            } catch (Throwable t) {
                throw Native.unchecked(t);
            }
        }
        return all;
    }

    private static Group group(MemorySegment entry) {
        List<byte[]> members = new ArrayList<>();
        MemorySegment list = entry.get(C_POINTER, GR_MEM).reinterpret(Long.MAX_VALUE);
        for (long i = 0; ; i++) {
            MemorySegment member = list.getAtIndex(C_POINTER, i);
            if (member.equals(NULL)) {
                break;
            }
            members.add(Native.readCString(member));
        }
        return new Group(string(entry, GR_NAME), string(entry, GR_PASSWD), entry.get(C_INT, GR_GID), List.copyOf(members));
    }

    private static byte[] string(MemorySegment entry, long offset) {
        MemorySegment text = entry.get(C_POINTER, offset);
        return text.equals(NULL) ? new byte[0] : Native.readCString(text);
    }

    /**
     * os.getlogin: the name logged in on the controlling terminal, from utmp. Fails (ENOENT,
     * ENOTTY, ENXIO...) where there is none, as in containers and services.
     */
    public static byte[] getlogin() {
        try (Arena arena = Arena.ofConfined()) {
            for (long size = 256; ; size *= 2) {
                MemorySegment buffer = arena.allocate(size);
                int error = (int) GetloginRCall.HANDLE.invokeExact(buffer, size);
                if (error == 0) {
                    return Native.readCString(buffer);
                }
                if (error != ERANGE || size >= MAX_BUFFER) {
                    throw new PosixException(error == 0 ? ENOENT : error, "getlogin");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
