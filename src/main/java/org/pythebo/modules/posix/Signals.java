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

    private static final MethodHandle KILL = Native.errnoFunction("kill", C_INT, C_INT, C_INT);
    private static final MethodHandle KILLPG = Native.errnoFunction("killpg", C_INT, C_INT, C_INT);
    private static final MethodHandle RAISE = Native.errnoFunction("raise", C_INT, C_INT);
    private static final MethodHandle PTHREAD_SELF = Native.function("pthread_self", C_LONG);
    private static final MethodHandle PTHREAD_KILL = Native.function("pthread_kill", C_INT, C_LONG, C_INT);
    private static final MethodHandle SIGDESCR_NP = Native.function("sigdescr_np", C_POINTER, C_INT);
    private static final MethodHandle CURRENT_SIGRTMIN = Native.function("__libc_current_sigrtmin", C_INT);
    private static final MethodHandle CURRENT_SIGRTMAX = Native.function("__libc_current_sigrtmax", C_INT);
    private static final MethodHandle SIGFILLSET = Native.function("sigfillset", C_INT, C_POINTER);
    private static final MethodHandle SIGISMEMBER = Native.function("sigismember", C_INT, C_POINTER, C_INT);

    /** Signals are numbered below this (NSIG). */
    public static final int NSIG = SignalConstants.NSIG;

    /** Every constant of CPython's signal module (SIGINT, SIG_BLOCK, NSIG...). */
    public static SequencedMap<String, Long> constants() {
        return SignalConstants.TABLE;
    }

    /** SIGRTMIN as glibc decides it at run time (it keeps the lowest real-time signals). */
    public static int sigrtmin() {
        try {
            return (int) CURRENT_SIGRTMIN.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static int sigrtmax() {
        try {
            return (int) CURRENT_SIGRTMAX.invokeExact();
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
            MemorySegment text = (MemorySegment) SIGDESCR_NP.invokeExact(signal);
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
            int ignored = (int) SIGFILLSET.invokeExact(set);
            IntStream.Builder members = IntStream.builder();
            for (int signal = 1; signal < NSIG; signal++) {
                if ((int) SIGISMEMBER.invokeExact(set, signal) == 1) {
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
            if ((int) KILL.invokeExact(state, pid, signal) < 0) {
                throw new PosixException(errno(state), "kill");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void killpg(int processGroup, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) KILLPG.invokeExact(state, processGroup, signal) < 0) {
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
            if ((int) RAISE.invokeExact(state, signal) != 0) {
                throw new PosixException(errno(state), "raise");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** The calling thread's pthread_t, the identifier pthreadKill takes. */
    public static long pthreadSelf() {
        try {
            return (long) PTHREAD_SELF.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** pthread_kill(3), which returns its error rather than setting errno. */
    public static void pthreadKill(long thread, int signal) {
        try {
            int error = (int) PTHREAD_KILL.invokeExact(thread, signal);
            if (error != 0) {
                throw new PosixException(error, "pthread_kill");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
