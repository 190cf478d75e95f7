package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.C_SHORT;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.errno;
import static org.pythebo.modules.posix.Structs.EPOLL_EVENT;
import static org.pythebo.modules.posix.Structs.POLLFD;
import static org.pythebo.modules.posix.Structs.TIMEVAL;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Waiting for descriptors, for the select module: poll, select and epoll. A wait interrupted
 * by a signal (EINTR) is resumed with what remains of its timeout, as PEP 475 has CPython do.
 * Event masks are the PollCall.HANDLE* and EPOLL* constants of {@link SelectConstants}.
 */
public final class Polling {
    private Polling() {
    }

    /** select's fd_set holds descriptors below this (FD_SETSIZE). */
    public static final int FD_SETSIZE = 1024;

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class PollCall {
        static final MethodHandle HANDLE = Native.errnoFunction("poll", C_INT, C_POINTER, C_LONG, C_INT);
    }

    private static final class SelectCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("select", C_INT, C_INT, C_POINTER, C_POINTER, C_POINTER, C_POINTER);
    }

    private static final class EpollCreate1Call {
        static final MethodHandle HANDLE = Native.errnoFunction("epoll_create1", C_INT, C_INT);
    }

    private static final class EpollCtlCall {
        static final MethodHandle HANDLE = Native.errnoFunction("epoll_ctl", C_INT, C_INT, C_INT, C_INT, C_POINTER);
    }

    private static final class EpollWaitCall {
        static final MethodHandle HANDLE = Native.errnoFunction("epoll_wait", C_INT, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final long POLL_FD = offset(POLLFD, "fd");
    private static final long POLL_EVENTS = offset(POLLFD, "events");
    private static final long POLL_REVENTS = offset(POLLFD, "revents");
    private static final long EPOLL_EVENTS = offset(EPOLL_EVENT, "events");
    private static final long EPOLL_DATA = offset(EPOLL_EVENT, "data");

    /**
     * poll(2) over {@code fds[i]} with {@code events[i]}; stores each revents in
     * {@code revents[i]} and returns how many are non-zero. A negative timeout waits forever.
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMillis) {
        if (events.length != fds.length || revents.length != fds.length) {
            throw new IllegalArgumentException("fds, events and revents differ in length");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment entries = arena.allocate(POLLFD, Math.max(fds.length, 1));
            long stride = POLLFD.byteSize();
            for (int i = 0; i < fds.length; i++) {
                entries.set(C_INT, i * stride + POLL_FD, fds[i]);
                entries.set(C_SHORT, i * stride + POLL_EVENTS, events[i]);
            }
            Deadline deadline = new Deadline(timeoutMillis < 0 ? -1 : timeoutMillis * 1_000_000L);
            int ready;
            while (true) {
                ready = (int) PollCall.HANDLE.invokeExact(state, entries, (long) fds.length, deadline.remainingMillis());
                if (ready >= 0) {
                    break;
                }
                if (errno(state) != EINTR) {
                    throw new PosixException(errno(state), "poll");
                }
            }
            for (int i = 0; i < fds.length; i++) {
                revents[i] = entries.get(C_SHORT, i * stride + POLL_REVENTS);
            }
            return ready;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** Which of select's inputs are ready: parallel to the three lists passed in. */
    public record Selected(boolean[] readable, boolean[] writable, boolean[] exceptional) {
    }

    /**
     * select.select over three lists of descriptors (each below {@link #FD_SETSIZE}, or
     * IllegalArgumentException as CPython's ValueError). A negative timeout waits forever; a
     * positive one is rounded up to whole microseconds, as CPython rounds it.
     */
    public static Selected select(int[] read, int[] write, int[] except, long timeoutNanos) {
        int highest = Math.max(highest(read), Math.max(highest(write), highest(except)));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment readSet = arena.allocate(Structs.FD_SET);
            MemorySegment writeSet = arena.allocate(Structs.FD_SET);
            MemorySegment exceptSet = arena.allocate(Structs.FD_SET);
            MemorySegment timeout = timeoutNanos < 0 ? NULL : arena.allocate(TIMEVAL);
            Deadline deadline = new Deadline(timeoutNanos);
            while (true) {
                // select overwrites the sets and the timeout: fill them anew for each attempt.
                fill(readSet, read);
                fill(writeSet, write);
                fill(exceptSet, except);
                if (timeoutNanos >= 0) {
                    long micros = Math.ceilDiv(deadline.remainingNanos(), 1000);
                    timeout.set(C_LONG, 0, micros / 1_000_000);
                    timeout.set(C_LONG, 8, micros % 1_000_000);
                }
                int ready = (int) SelectCall.HANDLE.invokeExact(state, highest + 1, readSet, writeSet, exceptSet, timeout);
                if (ready >= 0) {
                    return new Selected(members(readSet, read), members(writeSet, write), members(exceptSet, except));
                }
                if (errno(state) != EINTR) {
                    throw new PosixException(errno(state), "select");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static int highest(int[] fds) {
        int highest = -1;
        for (int fd : fds) {
            if (fd < 0) {
                throw new IllegalArgumentException("file descriptor cannot be a negative integer (" + fd + ")");
            }
            if (fd >= FD_SETSIZE) {
                throw new IllegalArgumentException("filedescriptor out of range in select()");
            }
            highest = Math.max(highest, fd);
        }
        return highest;
    }

    // glibc's fd_set is an array of longs, descriptor n being bit n % 64 of long n / 64.

    private static void fill(MemorySegment set, int[] fds) {
        set.fill((byte) 0);
        for (int fd : fds) {
            set.setAtIndex(C_LONG, fd / 64, set.getAtIndex(C_LONG, fd / 64) | 1L << (fd % 64));
        }
    }

    private static boolean[] members(MemorySegment set, int[] fds) {
        boolean[] ready = new boolean[fds.length];
        for (int i = 0; i < fds.length; i++) {
            ready[i] = (set.getAtIndex(C_LONG, fds[i] / 64) & 1L << (fds[i] % 64)) != 0;
        }
        return ready;
    }

    /** epoll_create1(2); flags 0 or EPOLL_CLOEXEC. */
    public static int epollCreate(int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int fd = (int) EpollCreate1Call.HANDLE.invokeExact(state, flags);
            if (fd < 0) {
                throw new PosixException(errno(state), "epoll_create1");
            }
            return fd;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * epoll_ctl(2) with op EPOLL_CTL_ADD (1), EPOLL_CTL_DEL (2) or EPOLL_CTL_MOD (3); the
     * event's data is {@code fd}, which {@link #epollWait} reports back, as select.epoll does.
     */
    public static void epollCtl(int epollFd, int op, int fd, int events) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment event = arena.allocate(EPOLL_EVENT);
            event.set(C_INT, EPOLL_EVENTS, events);
            event.set(C_LONG.withByteAlignment(4), EPOLL_DATA, fd);
            if ((int) EpollCtlCall.HANDLE.invokeExact(state, epollFd, op, fd, event) < 0) {
                throw new PosixException(errno(state), "epoll_ctl");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static final int EPOLL_CTL_ADD = 1;
    public static final int EPOLL_CTL_DEL = 2;
    public static final int EPOLL_CTL_MOD = 3;

    /**
     * epoll_wait(2) for up to {@code fds.length} events: stores each ready descriptor and its
     * events in {@code fds[i]}, {@code events[i]} and returns the count. A negative timeout
     * waits forever.
     */
    public static int epollWait(int epollFd, int[] fds, int[] events, int timeoutMillis) {
        if (events.length != fds.length || fds.length == 0) {
            throw new IllegalArgumentException("fds and events must have the same, non-zero length");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment ready = arena.allocate(EPOLL_EVENT, fds.length);
            Deadline deadline = new Deadline(timeoutMillis < 0 ? -1 : timeoutMillis * 1_000_000L);
            int count;
            while (true) {
                count = (int) EpollWaitCall.HANDLE.invokeExact(state, epollFd, ready, fds.length, deadline.remainingMillis());
                if (count >= 0) {
                    break;
                }
                if (errno(state) != EINTR) {
                    throw new PosixException(errno(state), "epoll_wait");
                }
            }
            long stride = EPOLL_EVENT.byteSize();
            for (int i = 0; i < count; i++) {
                events[i] = ready.get(C_INT, i * stride + EPOLL_EVENTS);
                fds[i] = (int) ready.get(C_LONG.withByteAlignment(4), i * stride + EPOLL_DATA);
            }
            return count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** When a wait must end; negative for never. */
    private record Deadline(long nanos, long start) {
        Deadline(long timeoutNanos) {
            this(timeoutNanos, System.nanoTime());
        }

        long remainingNanos() {
            return nanos < 0 ? -1 : Math.max(0, nanos - (System.nanoTime() - start));
        }

        /** For poll and epoll_wait: -1 forever, else whole milliseconds rounded up. */
        int remainingMillis() {
            long remaining = remainingNanos();
            return remaining < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, Math.ceilDiv(remaining, 1_000_000L));
        }
    }
}
