package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.SequencedMap;
import java.util.stream.IntStream;

/**
 * Sending signals and naming them, for the signal module: kill, killpg, raise, pthread_kill,
 * strsignal, valid_signals, the constants ({@link SignalConstants}), timers (alarm, setitimer),
 * signal masks (pthread_sigmask, sigpending, sigwait) and siginterrupt. Installing handlers is
 * not here: the JVM owns the process's signal dispositions (the JDK's signal API sets them).
 */
public final class Signals {
    private Signals() {
    }

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class KillCall {
        static final MethodHandle HANDLE = Native.errnoFunction("kill", C_INT, C_INT, C_INT);
    }

    private static final class KillpgCall {
        static final MethodHandle HANDLE = Native.errnoFunction("killpg", C_INT, C_INT, C_INT);
    }

    private static final class RaiseCall {
        static final MethodHandle HANDLE = Native.errnoFunction("raise", C_INT, C_INT);
    }

    private static final class PthreadSelfCall {
        static final MethodHandle HANDLE = Native.function("pthread_self", C_LONG);
    }

    private static final class PthreadKillCall {
        static final MethodHandle HANDLE = Native.function("pthread_kill", C_INT, C_LONG, C_INT);
    }

    private static final class SigdescrNpCall {
        static final MethodHandle HANDLE = Native.function("sigdescr_np", C_POINTER, C_INT);
    }

    private static final class CurrentSigrtminCall {
        static final MethodHandle HANDLE = Native.function("__libc_current_sigrtmin", C_INT);
    }

    private static final class CurrentSigrtmaxCall {
        static final MethodHandle HANDLE = Native.function("__libc_current_sigrtmax", C_INT);
    }

    private static final class SigfillsetCall {
        static final MethodHandle HANDLE = Native.function("sigfillset", C_INT, C_POINTER);
    }

    private static final class SigismemberCall {
        static final MethodHandle HANDLE = Native.function("sigismember", C_INT, C_POINTER, C_INT);
    }

    private static final class SignalCall {
        static final MethodHandle HANDLE = Native.function("signal", C_POINTER, C_INT, C_POINTER);
    }

    private static final class AlarmCall {
        static final MethodHandle HANDLE = Native.function("alarm", C_INT, C_INT);
    }

    private static final class SetitimerCall {
        static final MethodHandle HANDLE = Native.errnoFunction("setitimer", C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class GetitimerCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getitimer", C_INT, C_INT, C_POINTER);
    }

    private static final class PthreadSigmaskCall {
        static final MethodHandle HANDLE = Native.function("pthread_sigmask", C_INT, C_INT, C_POINTER, C_POINTER);
    }

    private static final class SigpendingCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sigpending", C_INT, C_POINTER);
    }

    private static final class SigwaitCall {
        static final MethodHandle HANDLE = Native.function("sigwait", C_INT, C_POINTER, C_POINTER);
    }

    private static final class SigemptysetCall {
        static final MethodHandle HANDLE = Native.function("sigemptyset", C_INT, C_POINTER);
    }

    private static final class SigaddsetCall {
        static final MethodHandle HANDLE = Native.function("sigaddset", C_INT, C_POINTER, C_INT);
    }

    private static final class SiginterruptCall {
        static final MethodHandle HANDLE = Native.errnoFunction("siginterrupt", C_INT, C_INT, C_INT);
    }

    /** Signals are numbered below this (NSIG). */
    public static final int NSIG = SignalConstants.NSIG;

    /** Every constant of CPython's signal module (SIGINT, SIG_BLOCK, NSIG...). */
    public static SequencedMap<String, Long> constants() {
        return SignalConstants.TABLE;
    }

    /** SIGRTMIN as glibc decides it at run time (it keeps the lowest real-time signals). */
    public static int sigrtmin() {
        try {
            return (int) CurrentSigrtminCall.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static int sigrtmax() {
        try {
            return (int) CurrentSigrtmaxCall.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * signal.strsignal: glibc's description in the C locale, "Real-time signal N" for the
     * real-time range, null for numbers glibc calls unknown (CPython returns None for them).
     */
    public static String strsignal(int signal) {
        try {
            // sigdescr_np is strsignal without translation or a shared buffer.
            MemorySegment text = (MemorySegment) SigdescrNpCall.HANDLE.invokeExact(signal);
            if (!text.equals(Native.NULL)) {
                return new String(Native.readCString(text), StandardCharsets.UTF_8);
            }
            int rtmin = sigrtmin();
            if (signal >= rtmin && signal <= sigrtmax()) {
                return "Real-time signal " + (signal - rtmin);
            }
            return null;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** signal.valid_signals: the members of a full sigset_t, ascending. */
    public static int[] validSignals() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(Structs.SIGSET);
            int ignored = (int) SigfillsetCall.HANDLE.invokeExact(set);
            return members(set);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** kill(2): to a process, a process group (negative pid), or a probe with signal 0. */
    public static void kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) KillCall.HANDLE.invokeExact(state, pid, signal) < 0) {
                throw new PosixException(errno(state), "kill");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void killpg(int processGroup, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) KillpgCall.HANDLE.invokeExact(state, processGroup, signal) < 0) {
                throw new PosixException(errno(state), "killpg");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** raise(3): the signal to the calling thread. */
    public static void raise(int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) RaiseCall.HANDLE.invokeExact(state, signal) != 0) {
                throw new PosixException(errno(state), "raise");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** The calling thread's pthread_t, the identifier pthreadKill takes. */
    public static long pthreadSelf() {
        try {
            return (long) PthreadSelfCall.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** pthread_kill(3), which returns its error rather than setting errno. */
    public static void pthreadKill(long thread, int signal) {
        try {
            int error = (int) PthreadKillCall.HANDLE.invokeExact(thread, signal);
            if (error != 0) {
                throw new PosixException(error, "pthread_kill");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** alarm(2): SIGALRM in {@code seconds} (0 cancels); the seconds left of the previous alarm. */
    public static int alarm(int seconds) {
        try {
            return (int) AlarmCall.HANDLE.invokeExact(seconds);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * setitimer(2): arms timer {@code which} with {@code value} and {@code interval} in
     * microseconds; returns the previous {value, interval} in microseconds.
     */
    public static long[] setitimer(int which, long valueMicros, long intervalMicros) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment timer = arena.allocate(C_LONG, 4);
            timer.setAtIndex(C_LONG, 0, intervalMicros / 1_000_000);
            timer.setAtIndex(C_LONG, 1, intervalMicros % 1_000_000);
            timer.setAtIndex(C_LONG, 2, valueMicros / 1_000_000);
            timer.setAtIndex(C_LONG, 3, valueMicros % 1_000_000);
            MemorySegment old = arena.allocate(C_LONG, 4);
            if ((int) SetitimerCall.HANDLE.invokeExact(state, which, timer, old) < 0) {
                throw new PosixException(errno(state), "setitimer");
            }
            return itimerval(old);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** getitimer(2): the timer's {value, interval} in microseconds. */
    public static long[] getitimer(int which) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment current = arena.allocate(C_LONG, 4);
            if ((int) GetitimerCall.HANDLE.invokeExact(state, which, current) < 0) {
                throw new PosixException(errno(state), "getitimer");
            }
            return itimerval(current);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** A struct itimerval (interval, then value; each seconds and microseconds) as {value, interval}. */
    private static long[] itimerval(MemorySegment timer) {
        long interval = timer.getAtIndex(C_LONG, 0) * 1_000_000 + timer.getAtIndex(C_LONG, 1);
        long value = timer.getAtIndex(C_LONG, 2) * 1_000_000 + timer.getAtIndex(C_LONG, 3);
        return new long[] {value, interval};
    }

    /**
     * pthread_sigmask(3) for the calling thread: {@code how} is SIG_BLOCK, SIG_UNBLOCK or
     * SIG_SETMASK; returns the previous mask's members, ascending.
     */
    public static int[] pthreadSigmask(int how, int[] signals) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = sigset(arena, signals);
            MemorySegment old = arena.allocate(Structs.SIGSET);
            int error = (int) PthreadSigmaskCall.HANDLE.invokeExact(how, set, old);
            if (error != 0) {
                throw new PosixException(error, "pthread_sigmask");
            }
            return members(old);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** sigpending(2): the signals pending for the thread or the process, ascending. */
    public static int[] sigpending() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment set = arena.allocate(Structs.SIGSET);
            if ((int) SigpendingCall.HANDLE.invokeExact(state, set) < 0) {
                throw new PosixException(errno(state), "sigpending");
            }
            return members(set);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** sigwait(3): waits for one of {@code signals} (which the caller blocks) and takes it. */
    public static int sigwait(int[] signals) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = sigset(arena, signals);
            MemorySegment received = arena.allocate(C_INT);
            int error = (int) SigwaitCall.HANDLE.invokeExact(set, received);
            if (error != 0) {
                throw new PosixException(error, "sigwait");
            }
            return received.get(C_INT, 0);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** siginterrupt(3): whether the signal's handler interrupts system calls rather than restarting them. */
    public static void siginterrupt(int signal, boolean interrupt) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) SiginterruptCall.HANDLE.invokeExact(state, signal, interrupt ? 1 : 0) < 0) {
                throw new PosixException(errno(state), "siginterrupt");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static MemorySegment sigset(Arena arena, int[] signals) throws Throwable {
        MemorySegment set = arena.allocate(Structs.SIGSET);
        int ignored = (int) SigemptysetCall.HANDLE.invokeExact(set);
        for (int signal : signals) {
            if ((int) SigaddsetCall.HANDLE.invokeExact(set, signal) < 0) {
                throw new PosixException(ErrnoConstants.EINVAL, "sigaddset");
            }
        }
        return set;
    }

    private static int[] members(MemorySegment set) throws Throwable {
        IntStream.Builder members = IntStream.builder();
        for (int signal = 1; signal < NSIG; signal++) {
            if ((int) SigismemberCall.HANDLE.invokeExact(set, signal) == 1) {
                members.add(signal);
            }
        }
        return members.build().toArray();
    }

    /**
     * Gives a signal its default action (signal(2) with SIG_DFL), for the one case the JDK's
     * signal API refuses: the JVM keeps SIGHUP, SIGINT and SIGTERM ignored once they are.
     */
    public static void restoreDefaultAction(int signal) {
        try {
            MemorySegment ignored = (MemorySegment) SignalCall.HANDLE.invokeExact(signal, Native.NULL);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
