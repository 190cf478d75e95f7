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
 * strsignal, valid_signals and the constants ({@link SignalConstants}). Installing handlers is
 * not here: the JVM owns the process's signal dispositions.
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
            IntStream.Builder members = IntStream.builder();
            for (int signal = 1; signal < NSIG; signal++) {
                if ((int) SigismemberCall.HANDLE.invokeExact(set, signal) == 1) {
                    members.add(signal);
                }
            }
            return members.build().toArray();
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
}
