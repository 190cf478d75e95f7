package org.pythebo.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * One Python interpreter: its builtins, sys module, standard streams, import system, the state of
 * its modules and interpreter-wide settings (the recursion limit). Nothing here is static, and
 * nothing takes a global lock: threads share the interpreter and each has its own
 * {@link ThreadState}.
 *
 * <p>The runtime knows the parts that live above it (sys, the import system, the standard
 * streams) only through the fields that the start-up code of the modules stage fills in once,
 * before the interpreter runs any Python code.
 */
public final class Interpreter {
    public final Globals builtins;
    public final PyModule builtinsModule;
    public final PyDict modules = new PyDict();
    /** The process's standard streams, as sys.__stdin__, sys.__stdout__ and sys.__stderr__ hold them. */
    public StdStream stdin;
    public StdStream stdout;
    public StdStream stderr;
    public PyModule sys;
    public Importer importer;
    /** sys.getrecursionlimit(): read by every thread's {@link ThreadState#enterCall}. */
    public volatile int recursionLimit = 1000;
    /** sys.get_int_max_str_digits(): the most decimal digits int/str conversions accept, 0 for no limit. */
    public volatile int intMaxStrDigits = IntMethods.DEFAULT_MAX_STR_DIGITS;
    /** sys.getswitchinterval(): kept for programs that set it; threads here are preemptive anyway. */
    public volatile double switchInterval = 0.005;
    /** sys.settrace / sys.setprofile: stored, not called (no tracing yet). */
    public volatile Object traceFunction = Singleton.NONE;
    public volatile Object profileFunction = Singleton.NONE;
    /** The main program ended with an uncaught KeyboardInterrupt: the launcher then dies by SIGINT, as CPython does. */
    public volatile boolean unhandledKeyboardInterrupt;
    /** The thread running the main program, the one that runs signal handlers. */
    public volatile ThreadState mainThread;
    /** The signal module's handling of signals, once it is set up. */
    public volatile SignalDispatcher signals;
    /** Each module's per-interpreter state (CPython's PyModule_GetState), keyed by the class that holds it. */
    private final ConcurrentHashMap<Class<?>, Object> moduleStates = new ConcurrentHashMap<>();
    /** What runs when the main program ends, before the standard streams are flushed, last registered first. */
    private final List<Runnable> finalizers = new ArrayList<>();
    /** What runs before those, last registered first (guarded by {@code finalizers}). */
    private final List<Runnable> firstFinalizers = new ArrayList<>();

    public Interpreter() {
        this.builtins = new Globals(null);
        this.builtinsModule = new PyModule("builtins", builtins);
    }

    /** A text stream the interpreter writes to directly: the process's own stdout and stderr. */
    public interface StdStream {
        void write(String text);

        void flush();
    }

    /** The state of a module in this interpreter, made on first use. */
    public <T> T moduleState(Class<T> key, Supplier<T> create) {
        // A plain read first: module functions ask on every call, and computeIfAbsent allocates its lambda.
        Object state = moduleStates.get(key);
        return key.cast(state != null ? state : moduleStates.computeIfAbsent(key, k -> create.get()));
    }

    /** Runs {@code action} when the main program ends (files to flush, atexit callbacks). */
    public void atFinish(Runnable action) {
        synchronized (finalizers) {
            finalizers.add(action);
        }
    }

    /**
     * Runs {@code action} when the main program ends, before every {@link #atFinish} action:
     * atexit's functions, which may still write to files that those actions then flush.
     */
    public void atFinishFirst(Runnable action) {
        synchronized (finalizers) {
            firstFinalizers.add(action);
        }
    }

    /** The object sys.stdout currently names (a program may replace it). */
    public Object currentStdout() {
        Object o = sys.globals.get("stdout");
        return o == null ? stdout : o;
    }

    /** The object sys.stderr currently names, or null when it is gone or None. */
    public Object currentStderr() {
        Object o = sys.globals.get("stderr");
        return o == null || o == Singleton.NONE ? null : o;
    }

    /** A fresh {@code __main__} module, registered in sys.modules; its globals. */
    public Globals createMain(String filename) {
        Globals globals = new Globals(builtins);
        globals.put("__name__", "__main__");
        globals.put("__doc__", Singleton.NONE);
        globals.put("__package__", Singleton.NONE);
        boolean file = !filename.startsWith("<");
        globals.put("__loader__", importer == null ? Singleton.NONE : importer.mainLoader(file ? filename : null));
        globals.put("__spec__", Singleton.NONE);
        globals.put("__annotations__", new PyDict());
        globals.put("__builtins__", builtinsModule);
        if (file) {
            globals.put("__file__", filename);
            globals.put("__cached__", Singleton.NONE);
        }
        modules.setItem("__main__", new PyModule("__main__", globals, false));
        return globals;
    }

    /**
     * Runs a main module and returns the process exit status: 0, SystemExit's code, or 1 after
     * reporting an uncaught exception through sys.excepthook.
     */
    public int runMain(PyCode code, String filename) {
        ThreadState ts = new ThreadState(this);
        ts.attachAsMain();
        Globals globals = createMain(filename);
        PyBaseException exc = run(ts, code, globals);
        return finish(ts, exc == null ? 0 : handleUncaught(ts, exc));
    }

    /** Runs module-level code in {@code globals}; returns the exception that escaped it, or null. */
    public PyBaseException run(ThreadState ts, PyCode code, Globals globals) {
        try {
            code.run(new Frame(ts, code, globals, new Object[0], new PyCell[0], null));
            return null;
        } catch (PyException e) {
            return e.exc;
        } catch (StackOverflowError e) {
            return PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /** Runs module-level code in {@code globals} and returns its result (the interactive prompt's value). */
    public Object evaluate(ThreadState ts, PyCode code, Globals globals) {
        try {
            return code.run(new Frame(ts, code, globals, new Object[0], new PyCell[0], null));
        } catch (StackOverflowError e) {
            throw PyException.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /**
     * What an uncaught exception makes of the process: SystemExit's status (its code printed
     * when it is not an int), or 1 after sys.excepthook has reported anything else.
     */
    public int handleUncaught(ThreadState ts, PyBaseException exc) {
        flushQuietly(ts);
        if (exc.matches(Exc.SystemExit)) {
            return systemExitStatus(ts, exc);
        }
        unhandledKeyboardInterrupt = exc.matches(Exc.KeyboardInterrupt);
        reportException(ts, exc);
        return 1;
    }

    private int systemExitStatus(ThreadState ts, PyBaseException exc) {
        Object code;
        try {
            code = Ops.lookupAttr(ts, exc, "code");
        } catch (PyException e) {
            code = null;
        }
        if (code == null) {
            code = exc.args.size() == 0 ? Singleton.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
        }
        if (code == Singleton.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof java.math.BigInteger) {
            return -1;
        }
        String text;
        try {
            text = Ops.str(ts, code);
        } catch (PyException e) {
            text = "<" + Ops.typeName(code) + " object>";
        }
        Object err = currentStderr();
        try {
            if (err instanceof StdStream t) {
                t.write(text + "\n");
                t.flush();
            } else if (err != null) {
                Ops.callMethod(ts, err, "write", text);
                Ops.callMethod(ts, err, "write", "\n");
            } else {
                stderr.write(text + "\n");
                stderr.flush();
            }
        } catch (PyException e) {
            stderr.write(text + "\n");
            stderr.flush();
        }
        return 1;
    }

    /**
     * Reports an uncaught exception as CPython does: through sys.excepthook, with "Error in
     * sys.excepthook:" and the original when the hook itself fails.
     */
    public void reportException(ThreadState ts, PyBaseException exc) {
        Object hook = sys.globals.get("excepthook");
        if (hook == null) {
            writeError(ts, "sys.excepthook is missing\n");
            printTraceback(ts, exc);
            return;
        }
        if (hook == sys.globals.get("__excepthook__")) {
            printTraceback(ts, exc);
            return;
        }
        try {
            Ops.call(ts, hook, new Object[] {exc.type(), exc, PyBaseException.getTraceback(exc)}, null);
        } catch (PyException e) {
            writeError(ts, "Error in sys.excepthook:\n");
            printTraceback(ts, e.exc);
            writeError(ts, "\nOriginal exception was:\n");
            printTraceback(ts, exc);
        }
    }

    /** The default sys.excepthook: the traceback text on sys.stderr. */
    public void printTraceback(ThreadState ts, PyBaseException exc) {
        String text;
        try {
            text = Traceback.format(ts, exc);
        } catch (PyException e) {
            text = exc.type().name + "\n";
        }
        writeError(ts, text);
    }

    /** Writes to sys.stderr (the real stderr when it is gone or fails). */
    public void writeError(ThreadState ts, String text) {
        Object err = currentStderr();
        if (err instanceof StdStream t) {
            t.write(text);
            t.flush();
            return;
        }
        if (err != null) {
            try {
                Ops.callMethod(ts, err, "write", text);
                return;
            } catch (PyException e) {
                // Fall back to the process's stderr, as CPython does when sys.stderr fails.
            }
        }
        stderr.write(text);
        stderr.flush();
    }

    private void flushQuietly(ThreadState ts) {
        try {
            flush(ts, currentStdout());
        } catch (PyException ignored) {
            // Reporting the exception matters more than a failing flush.
        }
    }

    private static void flush(ThreadState ts, Object stream) {
        if (stream instanceof StdStream t) {
            t.flush();
        } else if (stream != null && stream != Singleton.NONE) {
            Ops.callMethod(ts, stream, "flush");
        }
    }

    /**
     * The end of the main program: flushes sys.stdout and sys.stderr and returns the exit
     * status, 120 when a flush fails (after "Exception ignored in: ..." for stdout), as CPython.
     */
    public int finish(ThreadState ts, int status) {
        List<Runnable> actions;
        synchronized (finalizers) {
            actions = new ArrayList<>(finalizers);
            actions.addAll(firstFinalizers);
        }
        for (int i = actions.size() - 1; i >= 0; i--) {
            actions.get(i).run();
        }
        Object out = currentStdout();
        try {
            flush(ts, out);
        } catch (PyException e) {
            String where;
            try {
                where = Ops.repr(ts, out);
            } catch (PyException e2) {
                where = "<" + Ops.typeName(out) + " object>";
            }
            stderr.write("Exception ignored in: " + where + "\n");
            printTraceback(ts, e.exc);
            status = 120;
        }
        try {
            flush(ts, currentStderr());
        } catch (PyException e) {
            status = 120;
        }
        stdout.flush();
        stderr.flush();
        return status;
    }
}
