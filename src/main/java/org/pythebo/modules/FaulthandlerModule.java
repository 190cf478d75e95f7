package org.pythebo.modules;

import java.nio.charset.StandardCharsets;

import org.pythebo.modules.posix.Libc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code faulthandler} module: Python tracebacks written straight to a file descriptor, now
 * ({@code dump_traceback}) or after a timeout ({@code dump_traceback_later}, from a watchdog
 * thread, as pytest's timeout support uses it). {@code enable} records the file and reports
 * through {@code is_enabled}; a fatal error of the JVM itself is reported by the JVM, not as
 * a Python traceback. {@code register} (tracebacks on a signal) is not provided. Only the
 * thread that asks is dumped: Pythebo keeps no table of every thread's frames.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    private static final String DOC = "faulthandler module.";

    /** The interpreter's settings; each field is read and written under the state's lock. */
    private static final class State {
        boolean enabled;
        /** The file given to enable, kept alive as CPython keeps it. */
        Object file;
        /** The pending dump_traceback_later, or null. */
        Watchdog watchdog;
    }

    /** One dump_traceback_later: a daemon thread that waits, dumps, and repeats or exits. */
    private static final class Watchdog implements Runnable {
        final ThreadState target;
        final long threadId;
        final long nanos;
        final boolean repeat;
        final boolean exit;
        final int fd;
        final Object file;
        boolean cancelled;

        Watchdog(ThreadState target, long nanos, boolean repeat, boolean exit, int fd, Object file) {
            this.target = target;
            this.threadId = Thread.currentThread().threadId();
            this.nanos = nanos;
            this.repeat = repeat;
            this.exit = exit;
            this.fd = fd;
            this.file = file;
        }

        @Override
        public void run() {
            do {
                synchronized (this) {
                    long deadline = System.nanoTime() + nanos;
                    long left = nanos;
                    while (!cancelled && left > 0) {
                        try {
                            wait(left / 1_000_000, (int) (left % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                        left = deadline - System.nanoTime();
                    }
                    if (cancelled) {
                        return;
                    }
                }
                write(fd, "Timeout (" + duration(nanos) + ")!\n" + stack(target.frame, "Thread " + threadId(threadId)));
                if (exit) {
                    Runtime.getRuntime().halt(1);
                }
            } while (repeat);
        }

        synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        return ModuleRegistry.newModule("faulthandler", DOC, FaulthandlerModule.class);
    }

    /**
     * The descriptor to write to: sys.stderr when the file is None or missing; an int is a
     * descriptor; anything else has its fileno() taken and is flushed first, as CPython does.
     */
    private static int descriptor(ThreadState ts, Object file) {
        if (file == null || file == Singleton.NONE) {
            file = ts.interp.sys.globals.get("stderr");
            if (file == null || file == Singleton.NONE) {
                throw PyException.runtimeError("sys.stderr is None");
            }
        }
        if (Convert.intValue(file) != null) {
            int fd = Convert.asInt(ts, file);
            if (fd < 0) {
                // CPython's own spelling.
                throw PyException.valueError("file is not a valid file descripter");
            }
            return fd;
        }
        Object fileno = Ops.callMethod(ts, file, "fileno");
        if (Convert.intValue(fileno) == null) {
            throw PyException.runtimeError("file.fileno() is not a valid file descriptor");
        }
        int fd = Convert.asInt(ts, fileno);
        if (fd < 0) {
            throw PyException.runtimeError("file.fileno() is not a valid file descriptor");
        }
        Ops.callMethod(ts, file, "flush");
        return fd;
    }

    @PyMethod(value = "($module, /, file=None, all_threads=True)", args = ArgStyle.TUPLE)
    public static void enable(ThreadState ts, Object file, Object allThreads) {
        descriptor(ts, file);
        State s = state(ts.interp);
        synchronized (s) {
            s.enabled = true;
            s.file = file;
        }
    }

    @PyMethod("($module, /)")
    public static Object disable(ThreadState ts) {
        State s = state(ts.interp);
        synchronized (s) {
            boolean was = s.enabled;
            s.enabled = false;
            s.file = null;
            return was;
        }
    }

    @PyMethod("($module, /)")
    public static Object is_enabled(ThreadState ts) {
        State s = state(ts.interp);
        synchronized (s) {
            return s.enabled;
        }
    }

    @PyMethod(value = "($module, /, file=None, all_threads=True)", args = ArgStyle.TUPLE)
    public static void dump_traceback(ThreadState ts, Object file, Object allThreads) {
        int fd = descriptor(ts, file);
        boolean all = allThreads == null || Ops.isTrue(ts, allThreads);
        write(fd, stack(ts.frame, all ? "Current thread " + threadId(Thread.currentThread().threadId()) : null));
    }

    @PyMethod(value = "($module, /, timeout, repeat=False, file=None, exit=False)", args = ArgStyle.TUPLE)
    public static void dump_traceback_later(ThreadState ts, Object timeout, Object repeat, Object file, Object exit) {
        long nanos = timeoutNanos(ts, timeout);
        if (nanos <= 0) {
            throw PyException.valueError("timeout must be greater than 0");
        }
        int fd = descriptor(ts, file);
        Watchdog w = new Watchdog(ts, nanos, repeat != null && Ops.isTrue(ts, repeat), exit != null && Ops.isTrue(ts, exit),
                fd, file);
        State s = state(ts.interp);
        synchronized (s) {
            if (s.watchdog != null) {
                s.watchdog.cancel();
            }
            s.watchdog = w;
        }
        Thread.ofPlatform().daemon().name("faulthandler watchdog").start(w);
    }

    @PyMethod("($module, /)")
    public static void cancel_dump_traceback_later(ThreadState ts) {
        State s = state(ts.interp);
        synchronized (s) {
            if (s.watchdog != null) {
                s.watchdog.cancel();
                s.watchdog = null;
            }
        }
    }

    /** _PyTime_FromSecondsObject: a float or an integer number of seconds, in nanoseconds. */
    private static long timeoutNanos(ThreadState ts, Object timeout) {
        if (timeout instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyException.valueError("Invalid value NaN (not a number)");
            }
            double ns = Math.ceil(d * 1e9);
            if (!(Math.abs(ns) < 9.2e18)) {
                throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
            }
            return (long) ns;
        }
        long seconds = Convert.asLong(ts, timeout);
        if (Math.abs(seconds) > Long.MAX_VALUE / 1_000_000_000L) {
            throw PyException.overflow("timestamp too large to convert to C _PyTime_t");
        }
        return seconds * 1_000_000_000L;
    }

    /** "0:00:05" or "0:00:00.200000", as CPython formats the timeout. */
    private static String duration(long nanos) {
        long micros = nanos / 1000;
        long seconds = micros / 1_000_000;
        String s = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        long fraction = micros % 1_000_000;
        return fraction == 0 ? s : s + String.format(".%06d", fraction);
    }

    /** The id threading.get_ident gives, in CPython's form. */
    private static String threadId(long id) {
        return String.format("0x%016x", id);
    }

    /** The frames, innermost first, under "Stack" or the thread's header, as CPython writes them. */
    private static String stack(Frame top, String thread) {
        StringBuilder sb = new StringBuilder(thread == null ? "Stack" : thread).append(" (most recent call first):\n");
        for (Frame f = top; f != null; f = f.back) {
            var stmt = f.stmt;
            int line = stmt != null ? stmt.lineno : f.code.firstlineno;
            sb.append("  File \"").append(f.code.filename).append("\", line ").append(line).append(" in ")
                    .append(f.code.name).append('\n');
        }
        return sb.toString();
    }

    /** Writes straight to the descriptor; errors are ignored, as a fault handler must. */
    private static void write(int fd, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        try {
            int done = 0;
            while (done < data.length) {
                done += Libc.write(fd, data, done, data.length - done);
            }
        } catch (RuntimeException e) {
            // A closed or bad descriptor: nothing can be reported where the report was to go.
        }
    }
}
