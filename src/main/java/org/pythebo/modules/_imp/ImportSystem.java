package org.pythebo.modules._imp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.builtins.NamespaceBuiltins;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.SourceDecoder;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Importer;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Traceback;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The import system of one interpreter: CPython's C half of it (PyImport_ImportModuleLevelObject,
 * import_from, the start-up that installs importlib), with importlib's own Python half doing
 * the rest. An import of a module already in sys.modules is answered here; anything else goes to
 * {@code _find_and_load} of the Lib's importlib/_bootstrap.py, which runs as the module
 * {@code _frozen_importlib} (with _bootstrap_external.py as {@code _frozen_importlib_external}),
 * so sys.meta_path, sys.path_hooks, sys.path_importer_cache, specs, loaders and user finders are
 * importlib's own.
 *
 * <p>Threads: importlib's per-module locks (with its deadlock detection) make a module's body run
 * once; the import statement here takes no lock. A module still initializing in another thread
 * is waited for through {@code _lock_unlock_module}, as CPython does.
 */
public final class ImportSystem implements Importer {
    private final Interpreter interp;
    /** builtins.__import__ as the interpreter made it: import statements call it directly. */
    private final Object builtinImport;
    /** importlib._bootstrap (sys.modules['_frozen_importlib']), once installed. */
    private volatile PyModule bootstrap;

    public ImportSystem(Interpreter interp) {
        this.interp = interp;
        this.builtinImport = interp.builtins.get("__import__");
    }

    public static Importer of(ThreadState ts) {
        return ts.interp.importer;
    }

    // ---- start-up (CPython's init_importlib and init_importlib_external) ----

    /**
     * Runs the Lib's importlib/_bootstrap.py as {@code _frozen_importlib} and
     * _bootstrap_external.py as {@code _frozen_importlib_external} and installs them, then
     * zipimport's path hook.
     */
    public void install(ThreadState ts) {
        PyModule imp = ModuleRegistry.create(ts, "_imp");
        interp.modules.setItem(ts, "_imp", imp);
        // CPython sets sys._stdlib_dir between the two steps: _frozen_importlib gets no __file__.
        Object stdlibDir = interp.sys.globals.dict.remove(ts, "_stdlib_dir");
        PyModule b = runFrozenBootstrap(ts);
        Ops.call(ts, b.globals.get("_install"), interp.sys, imp);
        bootstrap = b;
        if (stdlibDir != null) {
            interp.sys.globals.put("_stdlib_dir", stdlibDir);
        }
        Ops.call(ts, b.globals.get("_install_external_importers"));
        Object zipimport = importName(ts, "zipimport", null, new Object[0], 0);
        Object hooks = interp.sys.globals.get("path_hooks");
        Ops.callMethod(ts, hooks, "insert", 0L, Ops.getAttr(ts, zipimport, "zipimporter"));
    }

    /**
     * importlib/_bootstrap.py as the frozen {@code _frozen_importlib}, run before any import can
     * happen (CPython's PyImport_ImportFrozenModule; {@code __origname__} is for _fix_up_module).
     * The rest of importlib then loads through its own FrozenImporter.
     */
    private PyModule runFrozenBootstrap(ThreadState ts) {
        return (PyModule) ImpModule.init_frozen(ts, "_frozen_importlib");
    }

    private static final String BOOTSTRAP = "<frozen importlib._bootstrap>";
    private static final String EXTERNAL = "<frozen importlib._bootstrap_external>";

    /**
     * remove_importlib_frames: an ImportError loses every importlib frame of its traceback; any
     * other exception loses the chunks of importlib frames that end in
     * {@code _call_with_frames_removed} (the frames between an import and the module body that
     * raised), as CPython trims them.
     */
    private static void removeImportlibFrames(PyBaseException exc) {
        boolean alwaysTrim = exc.matches(Exc.ImportError);
        List<Traceback.Entry> outerFirst = new ArrayList<>(exc.traceback.reversed());
        List<Traceback.Entry> kept = new ArrayList<>(outerFirst.size());
        boolean inImportlib = false;
        int chunkStart = 0;
        for (Traceback.Entry e : outerFirst) {
            String file = e.code().filename;
            boolean now = BOOTSTRAP.equals(file) || EXTERNAL.equals(file);
            if (now && !inImportlib) {
                chunkStart = kept.size();
            }
            inImportlib = now;
            kept.add(e);
            if (inImportlib && (alwaysTrim || e.code().name.equals("_call_with_frames_removed"))) {
                kept.subList(chunkStart, kept.size()).clear();
            }
        }
        if (kept.size() != outerFirst.size()) {
            exc.setTracebackEntries(kept.reversed());
        }
    }

    /** importlib._bootstrap's function {@code name}. */
    private Object bootstrapFunction(ThreadState ts, String name) {
        PyModule b = bootstrap;
        if (b == null) {
            throw PyException.of(Exc.ImportError, "importlib is not installed yet");
        }
        Object f = b.globals.get(name);
        if (f == null) {
            throw PyException.of(Exc.ImportError, "importlib._bootstrap has no " + name);
        }
        return f;
    }

    /** The import statement's entry: builtins.__import__, called directly unless a program replaced it. */
    @Override
    public Object importStatement(ThreadState ts, Globals globals, String name, Object[] fromlist, int level) {
        Object hook = globals.builtins != null ? globals.builtins.get("__import__") : null;
        if (hook == builtinImport || hook == null) {
            if (hook == null) {
                throw PyException.of(Exc.ImportError, "__import__ not found");
            }
            return importName(ts, name, globals.dict, fromlist, level);
        }
        Object from = fromlist.length == 0 ? Singleton.NONE : PyTuple.of(fromlist);
        return Ops.call(ts, hook, name, globals.dict, Singleton.NONE, from, (long) level);
    }

    // ---- __import__ ----

    @Override
    public Object importName(ThreadState ts, String name, PyDict globals, Object[] fromlist, int level) {
        if (level < 0) {
            throw PyException.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(ts, name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw PyException.valueError("Empty module name");
            }
            absName = name;
        }
        try {
            return importAbsolute(ts, name, absName, fromlist, level);
        } catch (PyException e) {
            removeImportlibFrames(e.exc);
            throw e;
        }
    }

    private Object importAbsolute(ThreadState ts, String name, String absName, Object[] fromlist, int level) {
        Object mod = interp.modules.get(ts, absName);
        if (mod != null && mod != Singleton.NONE) {
            ensureInitialized(ts, mod, absName);
        } else {
            mod = Ops.call(ts, bootstrapFunction(ts, "_find_and_load"), absName, interp.builtins.get("__import__"));
        }
        if (fromlist.length == 0) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importName(ts, name.substring(0, dot), null, fromlist, 0);
                }
                int cutoff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutoff);
                Object m = interp.modules.get(ts, toReturn);
                if (m == null) {
                    throw PyException.keyError(Ops.repr(ts, toReturn) + " not in sys.modules as expected");
                }
                return m;
            }
            return mod;
        }
        if (Ops.optionalAttr(ts, mod, "__path__") != null) {
            return Ops.call(ts, bootstrapFunction(ts, "_handle_fromlist"), mod, PyTuple.of(fromlist),
                    interp.builtins.get("__import__"));
        }
        return mod;
    }

    @Override
    public Object mainLoader(String filename) {
        PyModule b = bootstrap;
        if (b == null) {
            return Singleton.NONE;
        }
        if (filename == null) {
            return b.globals.get("BuiltinImporter");
        }
        Object external = interp.modules.get(ThreadState.current(), "_frozen_importlib_external");
        return Ops.call(ThreadState.current(), Ops.getAttr(ThreadState.current(), external, "SourceFileLoader"), "__main__",
                filename);
    }

    /** import_ensure_initialized: a module another thread is still running is waited for. */
    private void ensureInitialized(ThreadState ts, Object mod, String name) {
        Object spec = Ops.optionalAttr(ts, mod, "__spec__");
        if (spec == null || spec == Singleton.NONE || !initializing(ts, spec)) {
            return;
        }
        Ops.call(ts, bootstrapFunction(ts, "_lock_unlock_module"), name);
    }

    /** _PyModuleSpec_IsInitializing: the spec's {@code _initializing} is true. */
    private static boolean initializing(ThreadState ts, Object spec) {
        try {
            Object v = Ops.optionalAttr(ts, spec, "_initializing");
            return v != null && Ops.isTrue(ts, v);
        } catch (PyException e) {
            return false;
        }
    }

    /** The absolute name of a relative import, from the importing module's __package__ or __name__. */
    private String resolveName(ThreadState ts, String name, PyDict globals, int level) {
        if (globals == null) {
            throw PyException.keyError("'__name__' not in globals");
        }
        Object pkg = globals.get(ts, "__package__");
        Object spec = globals.get(ts, "__spec__");
        String packageName;
        if (pkg != null && pkg != Singleton.NONE) {
            if (!(pkg instanceof String s)) {
                throw PyException.typeError("package must be a string");
            }
            packageName = s;
        } else if (spec != null && spec != Singleton.NONE) {
            Object parent = Ops.getAttr(ts, spec, "parent");
            packageName = parent instanceof String s ? s : "";
        } else {
            Object n = globals.get(ts, "__name__");
            if (n == null) {
                throw PyException.keyError("'__name__' not in globals");
            }
            if (!(n instanceof String s)) {
                throw PyException.typeError("__name__ must be a string");
            }
            packageName = globals.get(ts, "__path__") != null ? s
                    : s.lastIndexOf('.') < 0 ? "" : s.substring(0, s.lastIndexOf('.'));
        }
        if (packageName.isEmpty()) {
            throw PyException.of(Exc.ImportError, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyException.of(Exc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code from module import name}: the attribute, or the submodule registered under that name. */
    @Override
    public Object importFrom(ThreadState ts, Object module, String name) {
        Object v = Ops.optionalAttr(ts, module, name);
        if (v != null) {
            return v;
        }
        Object pkgname = Ops.optionalAttr(ts, module, "__name__");
        if (pkgname instanceof String p) {
            Object sub = interp.modules.get(ts, p + "." + name);
            if (sub != null) {
                return sub;
            }
        } else {
            pkgname = null;
        }
        String shown = pkgname == null ? "'<unknown module name>'" : Ops.repr(ts, pkgname);
        Object path = module instanceof PyModule m ? m.globals.get("__file__") : null;
        if (!(path instanceof String)) {
            throw importError(ts, "cannot import name " + Ops.repr(ts, name) + " from " + shown + " (unknown location)",
                    pkgname, null);
        }
        Object spec = Ops.optionalAttr(ts, module, "__spec__");
        boolean partial = spec != null && spec != Singleton.NONE && initializing(ts, spec);
        String msg = partial
                ? "cannot import name " + Ops.repr(ts, name) + " from partially initialized module " + shown
                        + " (most likely due to a circular import) (" + path + ")"
                : "cannot import name " + Ops.repr(ts, name) + " from " + shown + " (" + path + ")";
        throw importError(ts, msg, pkgname, path);
    }

    /** The names {@code from module import *} binds, with their values, in order. */
    @Override
    public List<Object[]> importAll(ThreadState ts, Object module) {
        Object all = Ops.optionalAttr(ts, module, "__all__");
        boolean skipPrivate = all == null;
        Object[] names;
        if (all == null) {
            Object dict = Ops.lookupAttr(ts, module, "__dict__");
            if (dict == null) {
                throw PyException.of(Exc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            names = Ops.toArray(ts, Ops.callMethod(ts, dict, "keys"));
        } else {
            names = Ops.toArray(ts, all);
        }
        List<Object[]> out = new ArrayList<>();
        for (Object n : names) {
            if (!(n instanceof String s)) {
                Object modName = Ops.lookupAttr(ts, module, "__name__");
                throw PyException.typeError((skipPrivate ? "Key in " : "Item in ") + Ops.str(ts, modName)
                        + (skipPrivate ? ".__dict__" : ".__all__") + " must be str, not " + Ops.typeName(n));
            }
            if (skipPrivate && s.startsWith("_")) {
                continue;
            }
            out.add(new Object[] {s, Ops.getAttr(ts, module, s)});
        }
        return out;
    }

    static PyException importError(ThreadState ts, String msg, Object name, Object path) {
        return moduleError(ts, Exc.ImportError, msg, name, path);
    }

    private static PyException moduleError(ThreadState ts, PyType type, String msg, Object name, Object path) {
        Object e = Ops.call(ts, type, new Object[] {msg, name == null ? Singleton.NONE : name,
            path == null ? Singleton.NONE : path}, new String[] {"name", "path"});
        return new PyException((PyBaseException) e);
    }
}
