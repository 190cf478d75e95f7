package org.pythebo.runtime;

import java.io.OutputStream;

import org.pythebo.modules.Builtins;
import org.pythebo.modules.Sys;

/**
 * One Python interpreter: its builtins, sys module and standard streams. Nothing here is static,
 * and nothing takes a global lock: threads share the interpreter and each has its own
 * {@link ThreadState}.
 */
public final class Interpreter {
    public final Globals builtins;
    public final PyModule builtinsModule;
    public final PyTextIO stdout;
    public final PyTextIO stderr;
    public final PyModule sys;
    public final PyDict modules = new PyDict();

    public Interpreter(OutputStream out, OutputStream err, String[] argv) {
        this.stdout = new PyTextIO(out, false, "stdout");
        this.stderr = new PyTextIO(err, true, "stderr");
        this.builtins = new Globals(null);
        this.builtinsModule = new PyModule("builtins", builtins);
        Builtins.populate(builtins);
        this.sys = Sys.create(this, argv);
        modules.setItem("builtins", builtinsModule);
        modules.setItem("sys", sys);
    }

    /** The object sys.stdout currently names (a program may replace it). */
    public Object currentStdout() {
        Object o = sys.globals.get("stdout");
        return o == null ? stdout : o;
    }

    /**
     * Runs a main module and returns the process exit status: 0, SystemExit's code, or 1 after
     * printing an uncaught exception's traceback to stderr.
     */
    public int runMain(PyCode code, String filename) {
        ThreadState ts = new ThreadState(this);
        ts.attach();
        Globals globals = new Globals(builtins);
        globals.put("__name__", "__main__");
        globals.put("__doc__", Singleton.NONE);
        globals.put("__package__", Singleton.NONE);
        globals.put("__loader__", Singleton.NONE);
        globals.put("__spec__", Singleton.NONE);
        globals.put("__annotations__", new PyDict());
        globals.put("__builtins__", builtinsModule);
        if (!filename.startsWith("<")) {
            globals.put("__file__", filename);
        }
        PyModule main = new PyModule("__main__", globals);
        modules.setItem("__main__", main);
        try {
            code.run(new Frame(ts, code, globals, new Object[0], new PyCell[0], null));
            flushStdout(ts);
            return 0;
        } catch (PyException e) {
            return handleUncaught(ts, e.exc);
        } catch (StackOverflowError e) {
            return handleUncaught(ts, PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded"));
        }
    }

    private void flushStdout(ThreadState ts) {
        Object out = currentStdout();
        if (out instanceof PyTextIO t) {
            t.flush();
        } else {
            Object flush = Ops.lookupAttr(ts, out, "flush");
            if (flush != null) {
                Ops.call(ts, flush);
            }
        }
        stdout.flush();
    }

    private int handleUncaught(ThreadState ts, PyBaseException exc) {
        try {
            flushStdout(ts);
        } catch (PyException ignored) {
            // Reporting the original exception matters more than a failing flush.
        }
        if (exc.matches(Exc.SystemExit)) {
            Object code = exc.args.size() == 0 ? Singleton.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
            if (code == Singleton.NONE) {
                return 0;
            }
            if (code instanceof Long l) {
                return (int) (long) l;
            }
            if (code instanceof Boolean b) {
                return b ? 1 : 0;
            }
            stderr.write(Ops.str(ts, code) + "\n");
            stderr.flush();
            return 1;
        }
        String text;
        try {
            text = Traceback.format(ts, exc);
        } catch (PyException e) {
            text = exc.type().name + "\n";
        }
        stderr.write(text);
        stderr.flush();
        return 1;
    }
}
