package org.pythebo.modules._imp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules.builtins.NamespaceBuiltins;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
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
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyNamespace;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The import system of one interpreter, as importlib's _bootstrap does it: sys.modules first,
 * then the built-in (Java) modules, then source files and packages on sys.path or the parent
 * package's __path__ (regular packages, namespace packages, modules).
 *
 * <p>Threads: a module's body runs once. Each module name has its own lock, held while the
 * module is found and its body runs; a thread that finds a module still initializing waits on
 * that lock, unless waiting would close a cycle of threads waiting on each other's imports, in
 * which case it takes the partially initialised module, as a circular import in one thread does.
 * No lock covers the whole import system.
 */
public final class ImportSystem implements Importer {
    private final Interpreter interp;
    private final ConcurrentHashMap<String, ModuleLock> locks = new ConcurrentHashMap<>();
    /** Which module lock each waiting thread waits for (deadlock detection). */
    private final ConcurrentHashMap<Thread, ModuleLock> blockingOn = new ConcurrentHashMap<>();
    /** Modules whose body is running (CPython's __spec__._initializing). */
    private final Set<Object> initializing = ConcurrentHashMap.newKeySet();
    /** builtins.__import__ as the interpreter made it: import statements call it directly. */
    private final Object builtinImport;
    private volatile PyType namespacePathType;

    public ImportSystem(Interpreter interp) {
        this.interp = interp;
        this.builtinImport = interp.builtins.get("__import__");
    }

    public static Importer of(ThreadState ts) {
        return ts.interp.importer;
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
        Object mod = interp.modules.get(ts, absName);
        if (mod == null || mod == Singleton.NONE || initializing.contains(mod)) {
            mod = findAndLoad(ts, absName);
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
                    throw PyException.keyError("'" + toReturn + "' not in sys.modules as expected");
                }
                return m;
            }
            return mod;
        }
        if (Ops.lookupAttr(ts, mod, "__path__") != null) {
            handleFromlist(ts, mod, fromlist, false);
        }
        return mod;
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

    private void handleFromlist(ThreadState ts, Object module, Object[] fromlist, boolean recursive) {
        for (Object x : fromlist) {
            if (!(x instanceof String s)) {
                String where = recursive ? Ops.str(ts, Ops.getAttr(ts, module, "__name__")) + ".__all__" : "``from list''";
                throw PyException.typeError("Item in " + where + " must be str, not " + Ops.typeName(x));
            }
            if (s.equals("*")) {
                Object all = recursive ? null : Ops.lookupAttr(ts, module, "__all__");
                if (all != null) {
                    handleFromlist(ts, module, Ops.toArray(ts, all), true);
                }
            } else if (Ops.lookupAttr(ts, module, s) == null) {
                String fromName = Ops.str(ts, Ops.getAttr(ts, module, "__name__")) + "." + s;
                try {
                    importName(ts, fromName, null, new Object[0], 0);
                } catch (PyException e) {
                    if (e.exc.matches(Exc.ModuleNotFoundError)
                            && fromName.equals(Ops.lookupAttr(ts, e.exc, "name"))
                            && interp.modules.get(ts, fromName) != Singleton.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    /** {@code from module import name}: the attribute, or the submodule registered under that name. */
    @Override
    public Object importFrom(ThreadState ts, Object module, String name) {
        Object v = Ops.lookupAttr(ts, module, name);
        if (v != null) {
            return v;
        }
        Object pkgname = Ops.lookupAttr(ts, module, "__name__");
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
        String msg = initializing.contains(module)
                ? "cannot import name " + Ops.repr(ts, name) + " from partially initialized module " + shown
                        + " (most likely due to a circular import) (" + path + ")"
                : "cannot import name " + Ops.repr(ts, name) + " from " + shown + " (" + path + ")";
        throw importError(ts, msg, pkgname, path);
    }

    /** The names {@code from module import *} binds, with their values, in order. */
    @Override
    public List<Object[]> importAll(ThreadState ts, Object module) {
        Object all = Ops.lookupAttr(ts, module, "__all__");
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

    private static PyException notFound(ThreadState ts, String msg, String name) {
        return moduleError(ts, Exc.ModuleNotFoundError, msg, name, null);
    }

    // ---- finding and loading, one module at a time ----

    private Object findAndLoad(ThreadState ts, String name) {
        Object mod = interp.modules.get(ts, name);
        if (mod == null || initializing.contains(mod)) {
            ModuleLock lock = locks.computeIfAbsent(name, n -> new ModuleLock());
            if (lock.acquire(this)) {
                try {
                    mod = interp.modules.get(ts, name);
                    if (mod == null) {
                        return findAndLoadUnlocked(ts, name);
                    }
                } finally {
                    lock.release();
                }
            }
            // A deadlock between threads: the partially initialised module, as in one thread.
            mod = interp.modules.get(ts, name);
        }
        if (mod == null) {
            throw notFound(ts, "No module named " + Ops.repr(ts, name), name);
        }
        if (mod == Singleton.NONE) {
            throw notFound(ts, "import of " + name + " halted; None in sys.modules", name);
        }
        return mod;
    }

    private Object findAndLoadUnlocked(ThreadState ts, String name) {
        int dot = name.lastIndexOf('.');
        Object[] searchPath;
        Object parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (interp.modules.get(ts, parent) == null) {
                importName(ts, parent, null, new Object[0], 0);
            }
            Object already = interp.modules.get(ts, name);
            if (already != null) {
                return already;
            }
            parentModule = interp.modules.get(ts, parent);
            Object path = parentModule == null ? null : Ops.lookupAttr(ts, parentModule, "__path__");
            if (path == null) {
                throw notFound(ts, "No module named " + Ops.repr(ts, name) + "; " + Ops.repr(ts, parent)
                        + " is not a package", name);
            }
            searchPath = Ops.toArray(ts, path);
        } else {
            Object builtin = ModuleRegistry.create(ts, name);
            if (builtin != null) {
                interp.modules.setItem(ts, name, builtin);
                return builtin;
            }
            Object sysPath = interp.sys.globals.get("path");
            searchPath = sysPath == null ? new Object[0] : Ops.toArray(ts, sysPath);
        }
        Found found = find(name.substring(dot + 1), searchPath);
        if (found == null) {
            throw notFound(ts, "No module named " + Ops.repr(ts, name), name);
        }
        Object module = load(ts, name, found, dot < 0 ? "" : name.substring(0, dot));
        if (parentModule != null) {
            Ops.setAttr(ts, parentModule, name.substring(dot + 1), module);
        }
        return module;
    }

    /** A module's source file, or a package's {@code __init__.py} and directory, or a namespace package's portions. */
    private record Found(String file, List<String> portions, boolean isPackage) {}

    /** PathFinder and FileFinder: in each entry, a package directory, then a module file; else namespace portions. */
    private static Found find(String tail, Object[] searchPath) {
        List<String> portions = new ArrayList<>();
        for (Object entry : searchPath) {
            if (!(entry instanceof String e)) {
                continue;
            }
            String dir = e.isEmpty() ? System.getProperty("user.dir") : e;
            String base = dir.endsWith("/") ? dir + tail : dir + "/" + tail;
            try {
                Path pkg = Path.of(base);
                boolean isDir = Files.isDirectory(pkg);
                if (isDir && Files.isRegularFile(pkg.resolve("__init__.py"))) {
                    return new Found(base + "/__init__.py", List.of(base), true);
                }
                if (Files.isRegularFile(Path.of(base + ".py"))) {
                    return new Found(base + ".py", null, false);
                }
                if (isDir) {
                    portions.add(base);
                }
            } catch (RuntimeException ignored) {
                // A path entry that is no valid file name holds no modules.
            }
        }
        return portions.isEmpty() ? null : new Found(null, portions, true);
    }

    /** Creates the module, registers it in sys.modules and runs its body (removing it again if that fails). */
    private Object load(ThreadState ts, String name, Found found, String parent) {
        PyModule m = new PyModule(name, new Globals(interp.builtins), false);
        m.initAttributes(Singleton.NONE);
        Object loader = PyNamespace.of("name", name, "path", found.file == null ? Singleton.NONE : found.file);
        Object path = found.isPackage ? pathList(ts, found) : Singleton.NONE;
        Object spec = PyNamespace.of("name", name, "loader", loader,
                "origin", found.file == null ? Singleton.NONE : found.file,
                "submodule_search_locations", path, "parent", found.isPackage ? name : parent,
                "has_location", found.file != null, "cached", Singleton.NONE);
        Globals g = m.globals;
        g.put("__loader__", loader);
        g.put("__package__", found.isPackage ? name : parent);
        g.put("__spec__", spec);
        if (found.isPackage) {
            g.put("__path__", path);
        }
        g.put("__file__", found.file == null ? Singleton.NONE : found.file);
        initializing.add(m);
        interp.modules.setItem(ts, name, m);
        try {
            if (found.file != null) {
                byte[] data;
                try {
                    data = Files.readAllBytes(Path.of(found.file));
                } catch (IOException e) {
                    throw PyException.of(Exc.OSError, e.getMessage());
                }
                PyCode code = NamespaceBuiltins.compileFile(data, found.file);
                g.put("__builtins__", interp.builtins.dict);
                code.run(new Frame(ts, code, g, new Object[0], new PyCell[0], null));
            }
        } catch (PyException | StackOverflowError e) {
            interp.modules.remove(ts, name);
            throw e;
        } finally {
            initializing.remove(m);
        }
        Object result = interp.modules.get(ts, name);
        if (result == null) {
            throw importError(ts, "Loaded module " + name + " not found in sys.modules", name, null);
        }
        return result;
    }

    /** A package's __path__: a list, or for a namespace package an _NamespacePath (a list subclass here). */
    private Object pathList(ThreadState ts, Found found) {
        PyList list = new PyList(found.portions.toArray());
        if (found.file != null) {
            return list;
        }
        PyType t = namespacePathType;
        if (t == null) {
            PyDict ns = new PyDict();
            ns.setItem(ts, "__module__", "_frozen_importlib_external");
            t = (PyType) Ops.call(ts, PyType.TYPE, "_NamespacePath", PyTuple.of(PyType.LIST), ns);
            namespacePathType = t;
        }
        return Ops.call(ts, t, list);
    }

    // ---- per-module locks ----

    /** A reentrant lock owned by a thread; a waiter first checks that it would not wait on itself. */
    private static final class ModuleLock {
        private volatile Thread owner;
        private int count;

        /** Takes the lock; false when waiting would deadlock (a cycle of imports across threads). */
        synchronized boolean acquire(ImportSystem system) {
            Thread me = Thread.currentThread();
            while (true) {
                if (owner == null || owner == me) {
                    owner = me;
                    count++;
                    return true;
                }
                if (system.hasDeadlock(this, me)) {
                    return false;
                }
                system.blockingOn.put(me, this);
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } finally {
                    system.blockingOn.remove(me);
                }
            }
        }

        synchronized void release() {
            if (--count == 0) {
                owner = null;
                notifyAll();
            }
        }
    }

    /** Whether the owner of {@code lock} waits, through a chain of module locks, for {@code me}. */
    private boolean hasDeadlock(ModuleLock lock, Thread me) {
        Thread t = lock.owner;
        for (int i = 0; i < 1000 && t != null; i++) {
            if (t == me) {
                return true;
            }
            ModuleLock next = blockingOn.get(t);
            if (next == null) {
                return false;
            }
            t = next.owner;
        }
        return false;
    }
}
