package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.C_SHORT;
import static org.pythebo.modules.posix.Native.errno;
import static org.pythebo.modules.posix.Structs.FLOCK;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Descriptor plumbing: pipes, duplication, fcntl and ioctl (the fcntl module's calls), the
 * inheritable and blocking flags of PEP 446, eventfd and flock. Failures throw
 * {@link PosixException}; calls that may block are retried on EINTR.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** The most bytes the fcntl module copies for a buffer argument. */
    public static final int FCNTL_BUFFER_LIMIT = 1024;

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class Pipe2Call {
        static final MethodHandle HANDLE = Native.errnoFunction("pipe2", C_INT, C_POINTER, C_INT);
    }

    private static final class DupCall {
        static final MethodHandle HANDLE = Native.errnoFunction("dup", C_INT, C_INT);
    }

    private static final class Dup2Call {
        static final MethodHandle HANDLE = Native.errnoFunction("dup2", C_INT, C_INT, C_INT);
    }

    private static final class Dup3Call {
        static final MethodHandle HANDLE = Native.errnoFunction("dup3", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class FcntlLongCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("fcntl", 2, C_INT, C_INT, C_INT, C_LONG);
    }

    private static final class FcntlPointerCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("fcntl", 2, C_INT, C_INT, C_INT, C_POINTER);
    }

    private static final class IoctlLongCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("ioctl", 2, C_INT, C_INT, C_LONG, C_LONG);
    }

    private static final class IoctlPointerCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("ioctl", 2, C_INT, C_INT, C_LONG, C_POINTER);
    }

    private static final class EventfdCall {
        static final MethodHandle HANDLE = Native.errnoFunction("eventfd", C_INT, C_INT, C_INT);
    }

    private static final class FlockCallCall {
        static final MethodHandle HANDLE = Native.errnoFunction("flock", C_INT, C_INT, C_INT);
    }

    private static final long L_TYPE = offset(FLOCK, "l_type");
    private static final long L_WHENCE = offset(FLOCK, "l_whence");
    private static final long L_START = offset(FLOCK, "l_start");
    private static final long L_LEN = offset(FLOCK, "l_len");

    /** pipe2(2): {read end, write end}. os.pipe is pipe2(O_CLOEXEC). */
    public static int[] pipe2(int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment ends = arena.allocate(C_INT, 2);
            if ((int) Pipe2Call.HANDLE.invokeExact(state, ends, flags) < 0) {
                throw new PosixException(errno(state), "pipe2");
            }
            return new int[] {ends.getAtIndex(C_INT, 0), ends.getAtIndex(C_INT, 1)};
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** dup(2): an inheritable copy. os.dup wants {@code fcntl(fd, F_DUPFD_CLOEXEC, 0)} instead. */
    public static int dup(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int copy = (int) DupCall.HANDLE.invokeExact(state, fd);
            if (copy < 0) {
                throw new PosixException(errno(state), "dup");
            }
            return copy;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** dup2(2): {@code fd2} becomes an inheritable copy of {@code fd} (nothing happens if equal). */
    public static int dup2(int fd, int fd2) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int copy;
            do {
                copy = (int) Dup2Call.HANDLE.invokeExact(state, fd, fd2);
            } while (copy < 0 && errno(state) == EINTR);
            if (copy < 0) {
                throw new PosixException(errno(state), "dup2");
            }
            return copy;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** dup3(2): as dup2 with flags (O_CLOEXEC for os.dup2(inheritable=False)); EINVAL if equal. */
    public static int dup3(int fd, int fd2, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int copy;
            do {
                copy = (int) Dup3Call.HANDLE.invokeExact(state, fd, fd2, flags);
            } while (copy < 0 && errno(state) == EINTR);
            if (copy < 0) {
                throw new PosixException(errno(state), "dup3");
            }
            return copy;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** fcntl(2) with an integer argument (F_GETFD, F_SETFL, F_DUPFD_CLOEXEC...); returns its result. */
    public static int fcntl(int fd, int command, long argument) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) FcntlLongCall.HANDLE.invokeExact(state, fd, command, argument);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fcntl");
            }
            return result;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * fcntl(2) with a buffer, as fcntl.fcntl(fd, cmd, bytes): the call sees a copy of
     * {@code argument} (at most {@value #FCNTL_BUFFER_LIMIT} bytes) and the copy is returned.
     */
    public static byte[] fcntl(int fd, int command, byte[] argument) {
        if (argument.length > FCNTL_BUFFER_LIMIT) {
            throw new IllegalArgumentException("fcntl argument 3 is too long");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(FCNTL_BUFFER_LIMIT, 8);
            MemorySegment.copy(argument, 0, buffer, C_CHAR, 0, argument.length);
            int result;
            do {
                result = (int) FcntlPointerCall.HANDLE.invokeExact(state, fd, command, buffer);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fcntl");
            }
            return buffer.asSlice(0, argument.length).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * A record lock through fcntl(2) with a struct flock, as fcntl.lockf does: command F_SETLK,
     * F_SETLKW (waits) or F_GETLK; type F_RDLCK, F_WRLCK or F_UNLCK. For F_GETLK, returns the
     * l_type the kernel answers (F_UNLCK if the lock could be placed), otherwise {@code type}.
     */
    public static int fcntlLock(int fd, int command, int type, int whence, long start, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment lock = arena.allocate(FLOCK);
            lock.set(C_SHORT, L_TYPE, (short) type);
            lock.set(C_SHORT, L_WHENCE, (short) whence);
            lock.set(C_LONG, L_START, start);
            lock.set(C_LONG, L_LEN, length);
            int result;
            do {
                result = (int) FcntlPointerCall.HANDLE.invokeExact(state, fd, command, lock);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fcntl");
            }
            return lock.get(C_SHORT, L_TYPE);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** ioctl(2) with an integer argument; returns its result. */
    public static int ioctl(int fd, long request, long argument) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) IoctlLongCall.HANDLE.invokeExact(state, fd, request, argument);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "ioctl");
            }
            return result;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * ioctl(2) with a buffer: the call sees a copy of {@code buffer}, which receives what the
     * call left there (fcntl.ioctl's mutate_flag; a caller wanting new bytes passes a copy).
     */
    public static int ioctl(int fd, long request, byte[] buffer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment nativeBuffer = arena.allocate(Math.max(buffer.length, FCNTL_BUFFER_LIMIT), 8);
            MemorySegment.copy(buffer, 0, nativeBuffer, C_CHAR, 0, buffer.length);
            int result;
            do {
                result = (int) IoctlPointerCall.HANDLE.invokeExact(state, fd, request, nativeBuffer);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "ioctl");
            }
            MemorySegment.copy(nativeBuffer, C_CHAR, 0, buffer, 0, buffer.length);
            return result;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.get_inheritable: whether FD_CLOEXEC is clear. */
    public static boolean getInheritable(int fd) {
        return (fcntl(fd, FcntlConstants.F_GETFD, 0) & FcntlConstants.FD_CLOEXEC) == 0;
    }

    /** os.set_inheritable: sets or clears FD_CLOEXEC (no write when already so). */
    public static void setInheritable(int fd, boolean inheritable) {
        int flags = fcntl(fd, FcntlConstants.F_GETFD, 0);
        int wanted = inheritable ? flags & ~FcntlConstants.FD_CLOEXEC : flags | FcntlConstants.FD_CLOEXEC;
        if (wanted != flags) {
            fcntl(fd, FcntlConstants.F_SETFD, wanted);
        }
    }

    /** os.get_blocking: whether O_NONBLOCK is clear. */
    public static boolean getBlocking(int fd) {
        return (fcntl(fd, FcntlConstants.F_GETFL, 0) & PosixConstants.O_NONBLOCK) == 0;
    }

    /** os.set_blocking: clears or sets O_NONBLOCK (no write when already so). */
    public static void setBlocking(int fd, boolean blocking) {
        int flags = fcntl(fd, FcntlConstants.F_GETFL, 0);
        int wanted = blocking ? flags & ~PosixConstants.O_NONBLOCK : flags | PosixConstants.O_NONBLOCK;
        if (wanted != flags) {
            fcntl(fd, FcntlConstants.F_SETFL, wanted);
        }
    }

    /** eventfd(2); flags EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE. */
    public static int eventfd(int initialValue, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int fd = (int) EventfdCall.HANDLE.invokeExact(state, initialValue, flags);
            if (fd < 0) {
                throw new PosixException(errno(state), "eventfd");
            }
            return fd;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** flock(2) with LOCK_SH, LOCK_EX or LOCK_UN, optionally | LOCK_NB. */
    public static void flock(int fd, int operation) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) FlockCallCall.HANDLE.invokeExact(state, fd, operation);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "flock");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
