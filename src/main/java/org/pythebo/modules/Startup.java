package org.pythebo.modules;

import java.io.InputStream;
import java.io.OutputStream;

import org.pythebo.modules._imp.ImportSystem;
import org.pythebo.modules._io.PyTextIO;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;

/**
 * Makes a new interpreter ready to run code, as CPython's Py_InitializeFromConfig does: the
 * standard streams, builtins, the import system and sys.
 */
public final class Startup {
    private Startup() {}

    public static Interpreter newInterpreter(InputStream in, OutputStream out, OutputStream err, Sys.Config config) {
        Interpreter interp = new Interpreter();
        interp.stdin = PyTextIO.reader(in);
        interp.stdout = new PyTextIO(out, false, "stdout");
        interp.stderr = new PyTextIO(err, true, "stderr");
        Builtins.populate(interp.builtinsModule);
        ImportSystem imports = new ImportSystem(interp);
        interp.importer = imports;
        interp.sys = Sys.create(interp, config);
        if (config.intMaxStrDigits() >= 0) {
            interp.intMaxStrDigits = config.intMaxStrDigits();
        }
        interp.modules.setItem("builtins", interp.builtinsModule);
        interp.modules.setItem("sys", interp.sys);
        ThreadState ts = new ThreadState(interp);
        ts.attach();
        imports.install(ts);
        if (!config.has('S')) {
            importSite(ts, interp);
        }
        return interp;
    }

    /**
     * init_import_site: {@code import site}, which adds the site-packages directories (Debian's
     * dist-packages) and runs their .pth files, as CPython does unless -S. A failure is
     * reported and start-up goes on, where CPython stops with a fatal error.
     */
    private static void importSite(ThreadState ts, Interpreter interp) {
        try {
            interp.importer.importName(ts, "site", null, new Object[0], 0);
        } catch (PyException e) {
            interp.reportException(ts, e.exc);
            interp.stderr.write("Failed to import the site module\n");
        }
    }

    /** An interpreter for a program with argv {@code argv}, no standard input and the given outputs. */
    public static Interpreter newInterpreter(OutputStream out, OutputStream err, String[] argv) {
        return newInterpreter(InputStream.nullInputStream(), out, err, Sys.Config.forArgv(argv));
    }
}
