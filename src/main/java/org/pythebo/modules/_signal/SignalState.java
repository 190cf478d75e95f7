package org.pythebo.modules._signal;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.pythebo.modules.posix.ErrnoConstants;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SignalConstants;
import org.pythebo.modules.posix.Signals;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.PyFrameObject;
import org.pythebo.runtime.exec.SignalDispatcher;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signal module's state in one interpreter: the Python handler of each signal, which signals
 * arrived and wait for their handler, and the wakeup descriptor. The JDK calls {@link #arrived}
 * on a thread of its own; the main thread runs the handlers ({@link #runHandlers}).
 */
final class SignalState implements SignalDispatcher {
    static final int NSIG = Signals.NSIG;
    static final Long SIG_DFL = (long) SignalConstants.SIG_DFL;
    static final Long SIG_IGN = (long) SignalConstants.SIG_IGN;
    /** The longest a signal sent to this process is waited for before its sender goes on. */
    private static final long DELIVERY_WAIT_NANOS = 1_000_000_000L;

    final Interpreter interp;
    /** What getsignal reports: SIG_DFL, SIG_IGN, a callable, or null (set outside Python). */
    private final AtomicReferenceArray<Object> handlers = new AtomicReferenceArray<>(NSIG);
    /** 1 for each signal that arrived and whose handler has not run yet. */
    private final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
    /** How many times each signal arrived, for senders waiting for their own signal. */
    private final AtomicLongArray arrivals = new AtomicLongArray(NSIG);
    /** The descriptor set_wakeup_fd names, -1 for none. */
    volatile int wakeupFd = -1;
    volatile boolean warnOnFullBuffer = true;
    /** _signal.default_int_handler, made with the first module object. */
    volatile Object defaultIntHandler;
    final PyType itimerError = SignalModule.itimerErrorType();
    /** The main thread's Python identifier (the JVM's thread id) and pthread_t, for pthread_kill. */
    volatile long mainThreadIdent = -1;
    volatile long mainPthread;
    /** The one JDK handler of every signal with a Python handler. */
    private final SignalHandler recorder = signal -> arrived(signal.getNumber());

    SignalState(Interpreter interp) {
        this.interp = interp;
        for (int signal = 1; signal < NSIG; signal++) {
            handlers.set(signal, SIG_DFL);
        }
        // CPython ignores these at start-up, so that writes to closed pipes and files too large raise OSError.
        handlers.set(SignalConstants.SIGPIPE, SIG_IGN);
        handlers.set(SignalConstants.SIGXFSZ, SIG_IGN);
    }

    Object handler(int signal) {
        Object h = handlers.get(signal);
        return h == null ? Singleton.NONE : h;
    }

    /**
     * Gives the signal the disposition {@code handler} stands for (SIG_DFL, SIG_IGN or a
     * callable) and returns the previous handler; EINVAL when the JVM keeps the signal for itself.
     */
    Object install(int signal, Object handler) {
        Signal jdkSignal = jdkSignal(signal);
        SignalHandler disposition = handler == SIG_DFL ? SignalHandler.SIG_DFL
                : handler == SIG_IGN ? SignalHandler.SIG_IGN : recorder;
        try {
            if (disposition != SignalHandler.SIG_IGN && handlers.get(signal) == SIG_IGN && isShutdownSignal(signal)) {
                // The JVM keeps an ignored SIGHUP, SIGINT or SIGTERM ignored (for nohup), even
                // against its own API: the C library gives it back its default action first.
                Signals.restoreDefaultAction(signal);
            }
            Signal.handle(jdkSignal, disposition);
        } catch (IllegalArgumentException e) {
            throw new PosixException(ErrnoConstants.EINVAL, "sigaction");
        }
        Object old = handler(signal);
        handlers.set(signal, handler);
        return old;
    }

    private static boolean isShutdownSignal(int signal) {
        return signal == SignalConstants.SIGHUP || signal == SignalConstants.SIGINT || signal == SignalConstants.SIGTERM;
    }

    /**
     * The JDK's name for a signal; EINVAL for those the JVM cannot give up: SIGBUS (its own
     * faults on mapped memory) and the real-time signals, which the JDK's API cannot name.
     */
    private static Signal jdkSignal(int signal) {
        String name = SignalModule.name(signal);
        if (name == null || signal == SignalConstants.SIGBUS) {
            throw new PosixException(ErrnoConstants.EINVAL, "sigaction");
        }
        try {
            return new Signal(name.substring(3));
        } catch (IllegalArgumentException e) {
            throw new PosixException(ErrnoConstants.EINVAL, "sigaction");
        }
    }

    /**
     * Start-up, on the thread that will run the main program, as CPython's: SIGINT raises KeyboardInterrupt, SIGHUP and SIGTERM end the process
     * at once (the JVM's own handlers would run its shutdown instead), except where the process
     * inherited them ignored.
     */
    void installStartupHandlers(Object intHandler) {
        defaultIntHandler = intHandler;
        mainThreadIdent = Thread.currentThread().threadId();
        mainPthread = Signals.pthreadSelf();
        interp.signals = this;
        Signal sigint = new Signal("INT");
        if (Signal.handle(sigint, recorder) == SignalHandler.SIG_IGN) {
            Signal.handle(sigint, SignalHandler.SIG_IGN);
            handlers.set(SignalConstants.SIGINT, SIG_IGN);
        } else {
            handlers.set(SignalConstants.SIGINT, intHandler);
        }
        for (String name : new String[] {"HUP", "TERM"}) {
            Signal signal = new Signal(name);
            if (Signal.handle(signal, SignalHandler.SIG_DFL) == SignalHandler.SIG_IGN) {
                Signal.handle(signal, SignalHandler.SIG_IGN);
                handlers.set(signal.getNumber(), SIG_IGN);
            }
        }
    }

    /** On the JDK's signal thread: records the signal, writes the wakeup descriptor, wakes the main thread. */
    private void arrived(int signal) {
        tripped.set(signal, 1);
        int fd = wakeupFd;
        if (fd != -1) {
            try {
                Libc.write(fd, new byte[] {(byte) signal});
            } catch (PosixException e) {
                // A full pipe loses the byte, as CPython's; the handler still runs.
            }
        }
        ThreadState main = interp.mainThread;
        if (main != null) {
            main.signalPending = true;
            main.wakeForSignal();
        }
        synchronized (this) {
            arrivals.incrementAndGet(signal);
            notifyAll();
        }
    }

    @Override
    public void runHandlers(ThreadState ts) {
        if (!ts.isMainThread()) {
            return;
        }
        for (int signal = 1; signal < NSIG; signal++) {
            if (tripped.get(signal) == 0 || tripped.getAndSet(signal, 0) == 0) {
                continue;
            }
            Object handler = handlers.get(signal);
            if (handler == null || handler instanceof Long) {
                continue;
            }
            Frame f = ts.frame;
            try {
                Ops.call(ts, handler, new Object[] {(long) signal, f == null ? Singleton.NONE : PyFrameObject.of(f)}, null);
            } catch (RuntimeException e) {
                // The signals still tripped get their handlers at the next safe point.
                ts.signalPending = true;
                throw e;
            }
        }
    }

    @Override
    public void sendToSelf(ThreadState ts, int signal, Runnable send) {
        boolean caught = isCaught(signal) && !blockedHere(signal);
        long before = caught ? arrivals.get(signal) : 0;
        send.run();
        if (caught) {
            awaitArrival(signal, before);
        }
        if (ts.signalPending) {
            ts.runSignalHandlers();
        }
    }

    /**
     * pthread_sigmask for the calling thread; returns the previous mask. A caught signal that was
     * pending and is now unblocked is delivered at once: its handler has run on return, as in CPython.
     */
    int[] changeMask(ThreadState ts, int how, int[] signals) {
        int[] pending = Signals.sigpending();
        long[] before = new long[pending.length];
        for (int i = 0; i < pending.length; i++) {
            before[i] = arrivals.get(pending[i]);
        }
        int[] old = Signals.pthreadSigmask(how, signals);
        for (int i = 0; i < pending.length; i++) {
            int signal = pending[i];
            if (isCaught(signal) && !blockedHere(signal)) {
                awaitArrival(signal, before[i]);
            }
        }
        if (ts.signalPending) {
            ts.runSignalHandlers();
        }
        return old;
    }

    private boolean isCaught(int signal) {
        Object handler = signal > 0 && signal < NSIG ? handlers.get(signal) : null;
        return handler != null && !(handler instanceof Long);
    }

    private static boolean blockedHere(int signal) {
        for (int s : Signals.pthreadSigmask(SignalConstants.SIG_BLOCK, new int[0])) {
            if (s == signal) {
                return true;
            }
        }
        return false;
    }

    private synchronized void awaitArrival(int signal, long before) {
        long deadline = System.nanoTime() + DELIVERY_WAIT_NANOS;
        boolean interrupted = false;
        while (arrivals.get(signal) == before) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
