package org.pythebo.modules._signal;

import java.util.Arrays;
import java.util.Map;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.Errno;
import org.pythebo.modules.posix.ErrnoConstants;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SignalConstants;
import org.pythebo.modules.posix.Signals;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** The {@code _signal} module: handlers, sending, timers and masks. */
public final class SignalModule {
    private SignalModule() {}

    private static final String DOC = """
            This module provides mechanisms to use signal handlers in Python.

            Functions:

            alarm() -- cause SIGALRM after a specified time [Unix only]
            setitimer() -- cause a signal (described below) after a specified
                           float time and the timer may restart then [Unix only]
            getitimer() -- get current value of timer [Unix only]
            signal() -- set the action for a given signal
            getsignal() -- get the signal action for a given signal
            pause() -- wait until a signal arrives [Unix only]
            default_int_handler() -- default SIGINT handler

            signal constants:
            SIG_DFL -- used to refer to the system default handler
            SIG_IGN -- used to ignore the signal
            NSIG -- number of defined signals
            SIGINT, SIGTERM, etc. -- signal numbers

            itimer constants:
            ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon
                           expiration
            ITIMER_VIRTUAL -- decrements only when the process is executing,
                           and delivers SIGVTALRM upon expiration
            ITIMER_PROF -- decrements both when the process is executing and
                           when the system is executing on behalf of the process.
                           Coupled with ITIMER_VIRTUAL, this timer is usually
                           used to profile the time spent by the application
                           in user and kernel space. SIGPROF is delivered upon
                           expiration.


            *** IMPORTANT NOTICE ***
            A signal handler function is called with two arguments:
            the first is the signal number, the second is the interrupted stack frame.""";

    /** The canonical name of each signal number (aliases such as SIGIOT and SIGCLD left out), null where none. */
    private static final String[] NAMES = names();

    private static String[] names() {
        String[] names = new String[Signals.NSIG];
        for (Map.Entry<String, Long> e : Signals.constants().entrySet()) {
            String name = e.getKey();
            int number = (int) (long) e.getValue();
            boolean alias = name.equals("SIGIOT") || name.equals("SIGCLD") || name.equals("SIGPOLL");
            if (name.startsWith("SIG") && !name.startsWith("SIG_") && !alias && number < names.length
                    && names[number] == null) {
                names[number] = name;
            }
        }
        return names;
    }

    static String name(int signal) {
        return signal > 0 && signal < NAMES.length ? NAMES[signal] : null;
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_signal", DOC, SignalModule.class);
        for (Map.Entry<String, Long> e : Signals.constants().entrySet()) {
            module.globals.put(e.getKey(), e.getValue());
        }
        SignalState state = state(ts.interp);
        if (state.defaultIntHandler == null) {
            state.defaultIntHandler = module.globals.get("default_int_handler");
        } else {
            module.globals.put("default_int_handler", state.defaultIntHandler);
        }
        module.globals.put("ItimerError", state.itimerError);
        return module;
    }

    /**
     * What CPython sets up before running any code: SIGINT raising KeyboardInterrupt in the main
     * thread, SIGHUP and SIGTERM with their default action; for the process's one interpreter.
     */
    public static void installStartupHandlers(Interpreter interp) {
        SignalState state = state(interp);
        Object intHandler = state.defaultIntHandler;
        if (intHandler == null) {
            intHandler = ModuleRegistry.newModule("_signal", DOC, SignalModule.class).globals.get("default_int_handler");
        }
        state.installStartupHandlers(intHandler);
    }

    static SignalState state(Interpreter interp) {
        return interp.moduleState(SignalState.class, () -> new SignalState(interp));
    }

    static PyType itimerErrorType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "signal");
        return new PyType(PyType.TYPE, "itimer_error", new PyType[] {Exc.OSError}, ns);
    }

    private static void checkSignalNumber(int signal) {
        if (signal < 1 || signal >= Signals.NSIG) {
            throw PyException.valueError("signal number out of range");
        }
    }

    private static void checkMainThread(ThreadState ts, String function) {
        if (!ts.isMainThread()) {
            throw PyException.valueError(function + " only works in main thread of the main interpreter");
        }
    }

    /** Runs a binding call, turning its failure into OSError. */
    private static void posix(Runnable call) {
        try {
            call.run();
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    // ---- handlers ----

    @PyMethod("($module, signalnum, handler, /)")
    public static Object signal(ThreadState ts, int signalnum, Object handler) {
        checkMainThread(ts, "signal");
        checkSignalNumber(signalnum);
        SignalState state = state(ts.interp);
        Object disposition;
        if (handler instanceof Long l && (l == SignalConstants.SIG_IGN || l == SignalConstants.SIG_DFL)) {
            disposition = l == SignalConstants.SIG_IGN ? SignalState.SIG_IGN : SignalState.SIG_DFL;
        } else if (handler instanceof Long || !(Boolean) Builtins.callable(handler)) {
            throw PyException.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        } else {
            disposition = handler;
        }
        // CPython runs the handlers of signals already arrived before changing any.
        if (ts.signalPending) {
            ts.runSignalHandlers();
        }
        try {
            return state.install(signalnum, disposition);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, signalnum, /)")
    public static Object getsignal(ThreadState ts, int signalnum) {
        checkSignalNumber(signalnum);
        return state(ts.interp).handler(signalnum);
    }

    @PyMethod("($module, signalnum, frame, /)")
    public static Object default_int_handler(Object signalnum, Object frame) {
        throw PyException.of(Exc.KeyboardInterrupt, null);
    }

    @PyMethod("($module, signalnum, /)")
    public static Object strsignal(int signalnum) {
        checkSignalNumber(signalnum);
        String text = Signals.strsignal(signalnum);
        return text == null ? Singleton.NONE : text;
    }

    @PyMethod("($module, /)")
    public static Object valid_signals(ThreadState ts) {
        return signalSet(ts, Signals.validSignals());
    }

    private static PySet signalSet(ThreadState ts, int[] signals) {
        PySet set = new PySet();
        for (int signal : signals) {
            set.add(ts, (long) signal);
        }
        return set;
    }

    // ---- sending ----

    @PyMethod("($module, signalnum, /)")
    public static Object raise_signal(ThreadState ts, int signalnum) {
        state(ts.interp).sendToSelf(ts, signalnum, () -> posix(() -> Signals.raise(signalnum)));
        return Singleton.NONE;
    }

    @PyMethod("($module, thread_id, signalnum, /)")
    public static Object pthread_kill(ThreadState ts, Object thread_id, int signalnum) {
        long id = Convert.asLong(ts, thread_id);
        SignalState state = state(ts.interp);
        // Python's thread identifiers are the JVM's: only the calling and the main thread's pthread_t are known.
        long pthread;
        if (id == Thread.currentThread().threadId()) {
            pthread = Signals.pthreadSelf();
        } else if (id == state.mainThreadIdent) {
            pthread = state.mainPthread;
        } else {
            throw PosixErrors.of(ErrnoConstants.ESRCH);
        }
        state.sendToSelf(ts, signalnum, () -> posix(() -> Signals.pthreadKill(pthread, signalnum)));
        return Singleton.NONE;
    }

    @PyMethod("($module, /)")
    public static Object pause(ThreadState ts) {
        if (ts.beginSignalWait()) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // a signal arrived
            } finally {
                ts.endSignalWait();
            }
        }
        if (ts.signalPending) {
            ts.runSignalHandlers();
        }
        return Singleton.NONE;
    }

    // ---- timers ----

    @PyMethod("($module, seconds, /)")
    public static Object alarm(int seconds) {
        return (long) Signals.alarm(seconds);
    }

    @PyMethod("($module, which, seconds, interval=0.0, /)")
    public static Object setitimer(ThreadState ts, int which, Object seconds, Object interval) {
        long value = micros(ts, seconds);
        long every = micros(ts, interval);
        try {
            return itimerTuple(Signals.setitimer(which, value, every));
        } catch (PosixException e) {
            throw itimerError(ts, e);
        }
    }

    @PyMethod("($module, which, /)")
    public static Object getitimer(ThreadState ts, int which) {
        try {
            return itimerTuple(Signals.getitimer(which));
        } catch (PosixException e) {
            throw itimerError(ts, e);
        }
    }

    /** Seconds as a float or an int, to microseconds rounded up (CPython's _PyTime_ROUND_CEILING). */
    private static long micros(ThreadState ts, Object seconds) {
        if (seconds instanceof Double d) {
            if (d.isNaN()) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            double us = Math.ceil(d * 1e6);
            if (!(Math.abs(us) < 9.2e18)) {
                throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
            }
            return (long) us;
        }
        long secs = Convert.asLong(ts, seconds);
        if (Math.abs(secs) > Long.MAX_VALUE / 1_000_000_000L) {
            throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
        }
        return secs * 1_000_000;
    }

    private static PyTuple itimerTuple(long[] valueAndInterval) {
        return PyTuple.of(valueAndInterval[0] / 1e6, valueAndInterval[1] / 1e6);
    }

    private static PyException itimerError(ThreadState ts, PosixException e) {
        Object exc = Ops.call(ts, state(ts.interp).itimerError,
                new Object[] {(long) e.errno(), Errno.strerror(e.errno())}, null);
        return new PyException((PyBaseException) exc);
    }

    // ---- masks ----

    @PyMethod("($module, how, mask, /)")
    public static Object pthread_sigmask(ThreadState ts, int how, Object mask) {
        int[] signals = signalList(ts, mask);
        int[][] old = new int[1][];
        posix(() -> old[0] = state(ts.interp).changeMask(ts, how, signals));
        return signalSet(ts, old[0]);
    }

    /** The members of an iterable of signal numbers, each checked as CPython's sigset converter does. */
    private static int[] signalList(ThreadState ts, Object iterable) {
        PyIterator it = Ops.iter(ts, iterable);
        int[] signals = new int[8];
        int n = 0;
        for (Object item = it.next(ts); item != null; item = it.next(ts)) {
            int signal = Convert.asInt(ts, item);
            if (signal < 1 || signal >= Signals.NSIG) {
                throw PyException.valueError("signal number " + signal + " out of range [1; " + (Signals.NSIG - 1) + "]");
            }
            if (n == signals.length) {
                signals = Arrays.copyOf(signals, n * 2);
            }
            signals[n++] = signal;
        }
        return Arrays.copyOf(signals, n);
    }

    @PyMethod("($module, /)")
    public static Object sigpending(ThreadState ts) {
        int[][] pending = new int[1][];
        posix(() -> pending[0] = Signals.sigpending());
        return signalSet(ts, pending[0]);
    }

    @PyMethod("($module, sigset, /)")
    public static Object sigwait(ThreadState ts, Object sigset) {
        int[] signals = signalList(ts, sigset);
        int[] received = new int[1];
        posix(() -> received[0] = Signals.sigwait(signals));
        return (long) received[0];
    }

    @PyMethod("($module, signalnum, flag, /)")
    public static Object siginterrupt(int signalnum, int flag) {
        checkSignalNumber(signalnum);
        posix(() -> Signals.siginterrupt(signalnum, flag != 0));
        return Singleton.NONE;
    }

    @PyMethod(value = "($module, fd, /, *, warn_on_full_buffer=True)",
            doc = """
                    set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd

                    Sets the fd to be written to (with the signal number) when a signal
                    comes in.  A library can use this to wakeup select or poll.
                    The previous fd or -1 is returned.

                    The fd must be non-blocking.""")
    public static Object set_wakeup_fd(ThreadState ts, Object fd, boolean warn_on_full_buffer) {
        int descriptor = Convert.asInt(ts, fd);
        checkMainThread(ts, "set_wakeup_fd");
        if (descriptor != -1) {
            posix(() -> Libc.fstat(descriptor));
            if (Descriptors.getBlocking(descriptor)) {
                throw PyException.valueError("the fd " + descriptor + " must be in non-blocking mode");
            }
        }
        SignalState state = state(ts.interp);
        int old = state.wakeupFd;
        state.warnOnFullBuffer = warn_on_full_buffer;
        state.wakeupFd = descriptor;
        return (long) old;
    }
}
