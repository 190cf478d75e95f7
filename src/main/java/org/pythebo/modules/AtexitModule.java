package org.pythebo.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Unraisable;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/**
 * The {@code atexit} module: functions run, last registered first, when the main program ends,
 * before the interpreter flushes its files (Interpreter.atFinishFirst). What one raises,
 * SystemExit included, is reported as "Exception ignored in atexit callback" and the exit status
 * stays as it was, as in CPython.
 */
public final class AtexitModule {
    private AtexitModule() {}

    private static final String DOC = """
            allow programmer to define multiple exit functions to be executed
            upon normal program termination.

            Two public functions, register and unregister, are defined.
            """;

    /** One registration: the function and what to call it with (compared by identity). */
    private static final class Callback {
        final Object function;
        final Object[] args;
        final String[] kwnames;

        Callback(Object function, Object[] args, String[] kwnames) {
            this.function = function;
            this.args = args;
            this.kwnames = kwnames;
        }
    }

    /** The interpreter's registrations, oldest first; the list locks itself. */
    private static final class State {
        final List<Callback> callbacks = new ArrayList<>();
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, () -> {
            State s = new State();
            interp.atFinishFirst(() -> runExitFuncs(interp, s));
            return s;
        });
    }

    public static PyModule create(ThreadState ts) {
        state(ts.interp);
        return ModuleRegistry.newModule("atexit", DOC, AtexitModule.class);
    }

    /** The end of the main program: a thread of its own state runs the functions. */
    private static void runExitFuncs(Interpreter interp, State s) {
        ThreadState ts = ThreadState.current();
        callAll(ts != null && ts.interp == interp ? ts : new ThreadState(interp), s);
    }

    /** Calls every function registered when the run starts, newest first, then forgets them all. */
    private static void callAll(ThreadState ts, State s) {
        Callback[] snapshot;
        synchronized (s.callbacks) {
            snapshot = s.callbacks.toArray(new Callback[0]);
        }
        for (int i = snapshot.length - 1; i >= 0; i--) {
            Callback cb = snapshot[i];
            synchronized (s.callbacks) {
                // A function unregistered by one that ran before it is not called.
                if (!s.callbacks.contains(cb)) {
                    continue;
                }
            }
            try {
                Ops.call(ts, cb.function, cb.args, cb.kwnames);
            } catch (PyException e) {
                Unraisable.report(ts, e.exc, "Exception ignored in atexit callback", cb.function);
            } catch (StackOverflowError e) {
                Unraisable.report(ts, PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded"),
                        "Exception ignored in atexit callback", cb.function);
            }
        }
        synchronized (s.callbacks) {
            s.callbacks.clear();
        }
    }

    @PyMethod(value = "($module, func, /, *args, **kwargs)", args = ArgStyle.TUPLE, doc = """
            register(func, *args, **kwargs) -> func

            Register a function to be executed upon normal program termination

                func - function to be called at exit
                args - optional arguments to pass to func
                kwargs - optional keyword arguments to pass to func

                func is returned to facilitate usage as a decorator.""")
    public static Object register(ThreadState ts, Object func, Object[] args, PyDict kwargs) {
        if (!(func instanceof PyCallable || func instanceof PyType || Ops.type(func).lookup("__call__") != null)) {
            throw PyException.typeError("the first argument must be callable");
        }
        String[] kwnames = new String[kwargs.size()];
        Object[] all = Arrays.copyOf(args, args.length + kwnames.length);
        int[] i = {0};
        kwargs.forEachEntry((k, v) -> {
            kwnames[i[0]] = (String) k;
            all[args.length + i[0]++] = v;
        });
        State s = state(ts.interp);
        synchronized (s.callbacks) {
            s.callbacks.add(new Callback(func, all, kwnames.length == 0 ? null : kwnames));
        }
        return func;
    }

    /** Removes every registration of a function equal to {@code func} (compared with ==, as CPython). */
    @PyMethod(value = "($module, func, /)", doc = """
            unregister(func) -> None

            Unregister an exit function which was previously registered using
            atexit.register

                func - function to be unregistered""")
    public static Object unregister(ThreadState ts, Object func) {
        State s = state(ts.interp);
        Callback[] snapshot;
        synchronized (s.callbacks) {
            snapshot = s.callbacks.toArray(new Callback[0]);
        }
        List<Callback> equal = new ArrayList<>();
        for (Callback cb : snapshot) {
            if (Ops.eq(ts, cb.function, func)) {
                equal.add(cb);
            }
        }
        synchronized (s.callbacks) {
            s.callbacks.removeAll(equal);
        }
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
            + "If a callback raises an exception, it is logged with sys.unraisablehook.")
    public static Object _run_exitfuncs(ThreadState ts) {
        callAll(ts, state(ts.interp));
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "_clear() -> None\n\nClear the list of previously registered exit functions.")
    public static Object _clear(ThreadState ts) {
        State s = state(ts.interp);
        synchronized (s.callbacks) {
            s.callbacks.clear();
        }
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "_ncallbacks() -> int\n\nReturn the number of registered exit functions.")
    public static Object _ncallbacks(ThreadState ts) {
        State s = state(ts.interp);
        synchronized (s.callbacks) {
            return (long) s.callbacks.size();
        }
    }
}
