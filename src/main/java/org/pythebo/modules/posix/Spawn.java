package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.C_SHORT;
import static org.pythebo.modules.posix.Native.NULL;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Starting programs with posix_spawn, the only safe way for a JVM (forking a multi-threaded
 * process and running code in the child is not). glibc clones the child with the parent's
 * memory, applies the attributes, then the file actions in order, then execs; any failure,
 * including the exec's, is posix_spawn's result, and glibc reaps such a child itself. This is
 * os.posix_spawn and os.posix_spawnp; {@link Subprocess} builds _posixsubprocess on it.
 */
public final class Spawn {
    private Spawn() {
    }

    /** One step the child takes before exec, in the order given. */
    public sealed interface FileAction permits Open, Close, Dup2, Chdir, Fchdir, CloseFrom {
    }

    /** open {@code path} as descriptor {@code fd} (os.POSIX_SPAWN_OPEN). */
    public record Open(int fd, byte[] path, int flags, int mode) implements FileAction {
    }

    /** close {@code fd}; a descriptor that is not open is no error (os.POSIX_SPAWN_CLOSE). */
    public record Close(int fd) implements FileAction {
    }

    /** dup2 {@code fd} onto {@code newFd}; when equal, clears FD_CLOEXEC (os.POSIX_SPAWN_DUP2). */
    public record Dup2(int fd, int newFd) implements FileAction {
    }

    /** chdir, glibc 2.29's posix_spawn_file_actions_addchdir_np. */
    public record Chdir(byte[] path) implements FileAction {
    }

    /** fchdir, glibc 2.29's posix_spawn_file_actions_addfchdir_np. */
    public record Fchdir(int fd) implements FileAction {
    }

    /** close every descriptor from {@code lowFd} up, glibc 2.34's addclosefrom_np. */
    public record CloseFrom(int lowFd) implements FileAction {
    }

    /**
     * The child's attributes: a new session (POSIX_SPAWN_SETSID), a process group to join
     * (POSIX_SPAWN_SETPGROUP; -1 for none, 0 for a group of its own), a signal mask
     * (POSIX_SPAWN_SETSIGMASK; null to inherit the calling thread's), signals to reset to their
     * default action (POSIX_SPAWN_SETSIGDEF; null or empty for none) and
     * POSIX_SPAWN_RESETIDS (effective ids back to the real ones).
     */
    public record Attributes(boolean setsid, int processGroup, int[] signalMask, int[] defaultSignals, boolean resetIds) {
        public static final Attributes NONE = new Attributes(false, -1, null, null, false);
    }

    static final short POSIX_SPAWN_RESETIDS = 0x01;
    static final short POSIX_SPAWN_SETPGROUP = 0x02;
    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    static final short POSIX_SPAWN_SETSID = 0x80;

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class PosixSpawnCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn", C_INT, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class PosixSpawnpCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawnp", C_INT, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class ActionsInitCall {
        static final MethodHandle HANDLE = Native.function("posix_spawn_file_actions_init", C_INT, C_POINTER);
    }

    private static final class ActionsDestroyCall {
        static final MethodHandle HANDLE = Native.function("posix_spawn_file_actions_destroy", C_INT, C_POINTER);
    }

    private static final class AddOpenCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_addopen", C_INT, C_POINTER, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class AddCloseCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_addclose", C_INT, C_POINTER, C_INT);
    }

    private static final class AddDup2Call {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_adddup2", C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class AddChdirCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_addchdir_np", C_INT, C_POINTER, C_POINTER);
    }

    private static final class AddFchdirCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_addfchdir_np", C_INT, C_POINTER, C_INT);
    }

    private static final class AddClosefromCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawn_file_actions_addclosefrom_np", C_INT, C_POINTER, C_INT);
    }

    private static final class AttrInitCall {
        static final MethodHandle HANDLE = Native.function("posix_spawnattr_init", C_INT, C_POINTER);
    }

    private static final class AttrDestroyCall {
        static final MethodHandle HANDLE = Native.function("posix_spawnattr_destroy", C_INT, C_POINTER);
    }

    private static final class AttrSetflagsCall {
        static final MethodHandle HANDLE = Native.function("posix_spawnattr_setflags", C_INT, C_POINTER, C_SHORT);
    }

    private static final class AttrSetpgroupCall {
        static final MethodHandle HANDLE = Native.function("posix_spawnattr_setpgroup", C_INT, C_POINTER, C_INT);
    }

    private static final class AttrSetsigmaskCall {
        static final MethodHandle HANDLE = Native.function("posix_spawnattr_setsigmask", C_INT, C_POINTER, C_POINTER);
    }

    private static final class AttrSetsigdefaultCall {
        static final MethodHandle HANDLE =
                Native.function("posix_spawnattr_setsigdefault", C_INT, C_POINTER, C_POINTER);
    }

    private static final class SigemptysetCall {
        static final MethodHandle HANDLE = Native.function("sigemptyset", C_INT, C_POINTER);
    }

    private static final class SigaddsetCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sigaddset", C_INT, C_POINTER, C_INT);
    }

    /**
     * os.posix_spawn: runs the program at {@code path} with {@code argv} and {@code envp}
     * ("NAME=value" entries; null for this process's environment) and returns its pid. A
     * failure of any step, the exec's included, throws PosixException naming {@code path}.
     */
    public static int spawn(byte[] path, byte[][] argv, byte[][] envp, List<FileAction> actions, Attributes attributes) {
        return start(PosixSpawnCall.HANDLE, "posix_spawn", path, argv, envp, actions, attributes);
    }

    /** os.posix_spawnp: as {@link #spawn}, looking {@code file} up in this process's PATH when it has no slash. */
    public static int spawnp(byte[] file, byte[][] argv, byte[][] envp, List<FileAction> actions, Attributes attributes) {
        return start(PosixSpawnpCall.HANDLE, "posix_spawnp", file, argv, envp, actions, attributes);
    }

    private static int start(MethodHandle function, String name, byte[] path, byte[][] argv, byte[][] envp,
            List<FileAction> actions, Attributes attributes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fileActions = arena.allocate(Structs.SPAWN_FILE_ACTIONS);
            MemorySegment attr = arena.allocate(Structs.SPAWN_ATTR);
            check((int) ActionsInitCall.HANDLE.invokeExact(fileActions), "posix_spawn_file_actions_init");
            try {
                check((int) AttrInitCall.HANDLE.invokeExact(attr), "posix_spawnattr_init");
                try {
                    for (FileAction action : actions) {
                        add(arena, fileActions, action);
                    }
                    configure(arena, attr, attributes);
                    MemorySegment pid = arena.allocate(C_INT);
                    MemorySegment cPath = Native.cString(arena, path);
                    MemorySegment cArgv = Native.cStringArray(arena, argv);
                    int error;
                    if (envp != null) {
                        error = (int) function.invokeExact(pid, cPath, fileActions, attr, cArgv,
                                Native.cStringArray(arena, envp));
                    } else {
                        // The child reads environ until its exec, which posix_spawn waits for.
                        synchronized (Environment.LOCK) {
                            error = (int) function.invokeExact(pid, cPath, fileActions, attr, cArgv, Environment.environ());
                        }
                    }
                    if (error != 0) {
                        throw new PosixException(error, name, path);
                    }
                    return pid.get(C_INT, 0);
                } finally {
                    int ignored = (int) AttrDestroyCall.HANDLE.invokeExact(attr);
                }
            } finally {
                int ignored = (int) ActionsDestroyCall.HANDLE.invokeExact(fileActions);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static void add(Arena arena, MemorySegment fileActions, FileAction action) throws Throwable {
        switch (action) {
            case Open open -> check((int) AddOpenCall.HANDLE.invokeExact(fileActions, open.fd(),
                    Native.cString(arena, open.path()), open.flags(), open.mode()), "posix_spawn_file_actions_addopen");
            case Close close -> check((int) AddCloseCall.HANDLE.invokeExact(fileActions, close.fd()),
                    "posix_spawn_file_actions_addclose");
            case Dup2 dup2 -> check((int) AddDup2Call.HANDLE.invokeExact(fileActions, dup2.fd(), dup2.newFd()),
                    "posix_spawn_file_actions_adddup2");
            case Chdir chdir -> check((int) AddChdirCall.HANDLE.invokeExact(fileActions, Native.cString(arena, chdir.path())),
                    "posix_spawn_file_actions_addchdir_np");
            case Fchdir fchdir -> check((int) AddFchdirCall.HANDLE.invokeExact(fileActions, fchdir.fd()),
                    "posix_spawn_file_actions_addfchdir_np");
            case CloseFrom closeFrom -> check((int) AddClosefromCall.HANDLE.invokeExact(fileActions, closeFrom.lowFd()),
                    "posix_spawn_file_actions_addclosefrom_np");
        }
    }

    private static void configure(Arena arena, MemorySegment attr, Attributes attributes) throws Throwable {
        short flags = 0;
        if (attributes.setsid()) {
            flags |= POSIX_SPAWN_SETSID;
        }
        if (attributes.processGroup() >= 0) {
            flags |= POSIX_SPAWN_SETPGROUP;
            check((int) AttrSetpgroupCall.HANDLE.invokeExact(attr, attributes.processGroup()), "posix_spawnattr_setpgroup");
        }
        if (attributes.signalMask() != null) {
            flags |= POSIX_SPAWN_SETSIGMASK;
            check((int) AttrSetsigmaskCall.HANDLE.invokeExact(attr, signalSet(arena, attributes.signalMask())),
                    "posix_spawnattr_setsigmask");
        }
        if (attributes.defaultSignals() != null && attributes.defaultSignals().length > 0) {
            flags |= POSIX_SPAWN_SETSIGDEF;
            check((int) AttrSetsigdefaultCall.HANDLE.invokeExact(attr, signalSet(arena, attributes.defaultSignals())),
                    "posix_spawnattr_setsigdefault");
        }
        if (attributes.resetIds()) {
            flags |= POSIX_SPAWN_RESETIDS;
        }
        check((int) AttrSetflagsCall.HANDLE.invokeExact(attr, flags), "posix_spawnattr_setflags");
    }

    private static MemorySegment signalSet(Arena arena, int[] signals) throws Throwable {
        MemorySegment set = arena.allocate(Structs.SIGSET);
        int ignored = (int) SigemptysetCall.HANDLE.invokeExact(set);
        MemorySegment state = Native.callState(arena);
        for (int signal : signals) {
            if ((int) SigaddsetCall.HANDLE.invokeExact(state, set, signal) < 0) {
                throw new PosixException(Native.errno(state), "sigaddset");
            }
        }
        return set;
    }

    /** The posix_spawn family returns its error number rather than setting errno. */
    private static void check(int error, String function) {
        if (error != 0) {
            throw new PosixException(error, function);
        }
    }
}
