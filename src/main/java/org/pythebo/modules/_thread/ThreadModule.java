package org.pythebo.modules._thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules._io.PyTextIO;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Unraisable;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _thread} module: Python threads are Java platform threads, each with its own
 * {@link ThreadState}, and locks that any thread may release.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Python recursion up to the recursion limit needs far more than the JVM's default stack; it is reserved, not committed. */
    private static final long THREAD_STACK_BYTES = 512L << 20;

    /** CPython's TIMEOUT_MAX on 64-bit Linux: the largest timeout in whole seconds whose nanoseconds fit a long. */
    private static final double TIMEOUT_MAX = 9223372036.0;


    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_thread", null, ThreadModule.class);
        Globals g = module.globals;
        g.put("LockType", PyLock.TYPE);
        g.put("RLock", PyRLock.TYPE);
        g.put("error", Exc.RuntimeError);
        g.put("TIMEOUT_MAX", TIMEOUT_MAX);
        return module;
    }

    @PyMethod("($module, function, args, kwargs=?, /)")
    public static Object start_new_thread(ThreadState ts, Object function, Object args, Object kwargs) {
        if (Builtins.callable(function) != Boolean.TRUE) {
            throw PyException.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple argTuple)) {
            throw PyException.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyException.typeError("optional 3rd arg must be a dictionary");
        }
        Interpreter interp = ts.interp;
        Thread thread = Thread.ofPlatform().daemon(true).stackSize(THREAD_STACK_BYTES)
                .unstarted(() -> runThread(new ThreadState(interp), function, argTuple, (PyDict) kwargs));
        state(interp).live.incrementAndGet();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            finished(interp);
            throw PyException.runtimeError("can't start new thread");
        }
        return thread.threadId();
    }

    @PyMethod(name = "start_new", value = "($module, function, args, kwargs=?, /)")
    public static Object startNew(ThreadState ts, Object function, Object args, Object kwargs) {
        return start_new_thread(ts, function, args, kwargs);
    }

    /** The body of a new thread: call the function and report what escapes it, as CPython does. */
    private static void runThread(ThreadState ts, Object function, PyTuple args, PyDict kwargs) {
        ts.attach();
        try {
            callWithKwargs(ts, function, args, kwargs);
        } catch (PyException e) {
            reportUncaught(ts, function, e.exc);
        } catch (StackOverflowError e) {
            reportUncaught(ts, function, PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded"));
        } catch (RuntimeException | Error e) {
            writeStderr(ts, "pythebo: internal error in a thread: " + e + " (this is a bug in Pythebo)\n");
        } finally {
            ts.runExitActions();
            finished(ts.interp);
        }
    }

    /** The dict is read in the new thread, like CPython, so a bad key is that thread's error. */
    private static void callWithKwargs(ThreadState ts, Object function, PyTuple args, PyDict kwargs) {
        int nkw = kwargs == null ? 0 : kwargs.size();
        String[] names = new String[nkw];
        Object[] values = new Object[nkw];
        int[] count = {0};
        if (nkw > 0) {
            kwargs.forEachEntry((k, v) -> {
                // Another thread may have grown the dict since size() was read: extra entries cannot fit.
                if (count[0] == nkw) {
                    return;
                }
                if (!(k instanceof String s)) {
                    throw PyException.typeError("keywords must be strings");
                }
                names[count[0]] = s;
                values[count[0]++] = v;
            });
        }
        int n = args.size();
        Object[] all = new Object[n + count[0]];
        for (int i = 0; i < n; i++) {
            all[i] = args.get(i);
        }
        System.arraycopy(values, 0, all, n, count[0]);
        Ops.call(ts, function, all, count[0] == 0 ? null : java.util.Arrays.copyOf(names, count[0]));
    }

    private static void finished(Interpreter interp) {
        state(interp).live.decrementAndGet();
    }

    /** CPython reports through sys.unraisablehook; SystemExit ends the thread silently. */
    private static void reportUncaught(ThreadState ts, Object function, PyBaseException exc) {
        if (!exc.matches(Exc.SystemExit)) {
            Unraisable.report(ts, exc, "Exception ignored in thread started by", function);
        }
    }

    /** To sys.stderr as it is now (a program may replace it); nothing if it is None. */
    private static void writeStderr(ThreadState ts, String text) {
        Object err = ts.interp.sys.globals.get("stderr");
        if (PyTextIO.exact(err) instanceof PyTextIO t) {
            t.write(text);
            t.flush();
        } else if (err != null && err != Singleton.NONE) {
            Ops.callMethod(ts, err, "write", text);
        }
    }

    @PyMethod("($module, /)")
    public static Object allocate_lock() { return new PyLock(); }

    @PyMethod(name = "allocate", value = "($module, /)")
    public static Object allocate() { return new PyLock(); }

    @PyMethod("($module, /)")
    public static Object get_ident() { return Thread.currentThread().threadId(); }

    /** The kernel's id for the thread on Linux; elsewhere the Java thread id stands in. */
    @PyMethod("($module, /)")
    public static Object get_native_id() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return Thread.currentThread().threadId();
        }
    }

    @PyMethod("($module, /)")
    public static Object _count(ThreadState ts) {
        return (long) state(ts.interp).live.get();
    }

    /**
     * The stack size for new threads, returning the previous setting (0: the default). Pythebo's
     * threads always reserve a large stack for deep recursion, so a request is checked and
     * remembered only.
     */
    @PyMethod(value = "($module, size=0, /)", args = ArgStyle.TUPLE)
    public static Object stack_size(ThreadState ts, Object size) {
        long n = Ops.index(size);
        if (n < 0) {
            throw PyException.valueError("size must be 0 or a positive value");
        }
        if (n != 0 && n < 32768) {
            throw PyException.valueError("size not valid: " + n + " bytes");
        }
        return state(ts.interp).stackSize.getAndSet(n);
    }

    /**
     * A new lock that is released, if held, when the calling thread ends: threading.py acquires it
     * at once and joins a thread by waiting for it.
     */
    @PyMethod("($module, /)")
    public static Object _set_sentinel(ThreadState ts) {
        PyLock lock = new PyLock();
        ts.onExit(() -> lock.mutex.release(1));
        return lock;
    }

    @PyMethod("($module, /)")
    public static Object exit() {
        throw new PyException(PyBaseException.create(Exc.SystemExit, null));
    }

    @PyMethod(name = "exit_thread", value = "($module, /)")
    public static Object exitThread() {
        return exit();
    }

    /** A binary mutex with no owner: whoever holds it or not, any thread may release it. */
    static final class Mutex extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            return compareAndSetState(1, 0);
        }

        boolean tryLock() {
            return tryAcquire(1);
        }

        boolean isLocked() {
            return getState() == 1;
        }
    }

    /** The lock type; CPython names it {@code _thread.lock}. */
    public static final class PyLock extends PyObject {
        static final PyType TYPE = PyType.newBuiltin("_thread.lock", PyType.OBJECT, PyLock.class, PyType.Layout.OBJECT)
                .allowWeakrefs();

        static {
            TYPE.typeDict().put("__module__", "_thread");
        }

        private final Mutex mutex = new Mutex();

        @Override
        public PyType type() { return TYPE; }

        @PyMethod("($type, *args)")
        public static Object __new__(Object cls, Object[] args) {
            throw PyException.typeError("cannot create '_thread.lock' instances");
        }

        @PyMethod("($self, /, blocking=True, timeout=-1)")
        public static Object acquire(ThreadState ts, Object self, Object blocking, Object timeout) {
            return ((PyLock) self).acquire(ts, Ops.isTrue(ts, blocking), timeoutNanos(timeout));
        }

        @PyMethod(name = "acquire_lock", value = "($self, /, blocking=True, timeout=-1)")
        public static Object acquireLock(ThreadState ts, Object self, Object blocking, Object timeout) {
            return acquire(ts, self, blocking, timeout);
        }

        @PyMethod("($self, /)")
        public static Object __enter__(ThreadState ts, Object self) {
            return ((PyLock) self).acquire(ts, true, -1_000_000_000L);
        }

        @PyMethod("($self, /)")
        public static Object release(Object self) {
            if (!((PyLock) self).mutex.release(1)) {
                throw PyException.runtimeError("release unlocked lock");
            }
            return null;
        }

        @PyMethod(name = "release_lock", value = "($self, /)")
        public static Object releaseLock(Object self) {
            return release(self);
        }

        @PyMethod("($self, *args)")
        public static Object __exit__(Object self, Object[] args) {
            return release(self);
        }

        @PyMethod("($self, /)")
        public static Object locked(Object self) {
            return ((PyLock) self).mutex.isLocked();
        }

        /**
         * Makes the lock unlocked again, as a forked child needs (concurrent.futures.thread
         * registers it with os.register_at_fork).
         */
        @PyMethod("($self, /)")
        public static Object _at_fork_reinit(Object self) {
            Mutex m = ((PyLock) self).mutex;
            if (m.isLocked()) {
                m.release(1);
            }
            return null;
        }

        @PyMethod(name = "locked_lock", value = "($self, /)")
        public static Object lockedLock(Object self) {
            return locked(self);
        }

        @PyMethod("($self, /)")
        public static Object __repr__(Object self) {
            return "<" + (((PyLock) self).mutex.isLocked() ? "locked" : "unlocked")
                    + " _thread.lock object at 0x" + Long.toHexString(Ops.id(self)) + ">";
        }

        Object acquire(ThreadState ts, boolean blocking, long nanos) {
            return acquire(ts, mutex, blocking, nanos);
        }

        /**
         * CPython's checks, in its order; a timeout of -1 seconds means "wait forever". With a
         * thread state the wait is one a signal interrupts (its handlers run, then it resumes);
         * without one it is not, as CPython's internal waits.
         */
        static boolean acquire(ThreadState ts, Mutex mutex, boolean blocking, long nanos) {
            boolean forever = nanos == -1_000_000_000L;
            if (!blocking && !forever) {
                throw PyException.valueError("can't specify a timeout for a non-blocking call");
            }
            if (nanos < 0 && !forever) {
                throw PyException.valueError("timeout value must be positive");
            }
            if ((double) nanos / 1e9 > TIMEOUT_MAX) {
                throw PyException.overflow("timeout value is too large");
            }
            if (!blocking) {
                return mutex.tryLock();
            }
            if (mutex.tryLock()) {
                return true;
            }
            if (ts != null) {
                return ts.blockingWait(forever ? -1 : nanos, left -> {
                    if (left < 0) {
                        mutex.acquireInterruptibly(1);
                        return true;
                    }
                    return mutex.tryAcquireNanos(1, left);
                });
            }
            if (forever) {
                mutex.acquire(1);
                return true;
            }
            try {
                return mutex.tryAcquireNanos(1, nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Seconds (int or float) to nanoseconds, rounded away from zero as CPython rounds timeouts. */
        public static long timeoutNanos(Object timeout) {
            if (timeout instanceof Double d) {
                if (d.isNaN()) {
                    throw PyException.valueError("Invalid value NaN (not a number)");
                }
                double ns = d * 1e9;
                if (!(ns >= -9.223372036854776E18 && ns < 9.223372036854776E18)) {
                    throw tooLarge();
                }
                return (long) (ns < 0 ? Math.floor(ns) : Math.ceil(ns));
            }
            if (timeout instanceof java.math.BigInteger) {
                throw tooLarge();
            }
            long secs = Ops.index(timeout);
            if (secs > Long.MAX_VALUE / 1_000_000_000L || secs < Long.MIN_VALUE / 1_000_000_000L) {
                throw tooLarge();
            }
            return secs * 1_000_000_000L;
        }

        private static PyException tooLarge() {
            return PyException.overflow("timestamp too large to convert to C _PyTime_t");
        }
    }

    /** What _thread keeps per interpreter: the threads start_new_thread started that still run, the stack size last set. */
    private static final class State {
        final AtomicInteger live = new AtomicInteger();
        final AtomicLong stackSize = new AtomicLong();
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }
}
