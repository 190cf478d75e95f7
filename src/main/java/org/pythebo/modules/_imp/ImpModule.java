package org.pythebo.modules._imp;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.PyCell;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyHash;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _imp}: what importlib's bootstrap asks of the interpreter. Built-in modules are the
 * module registry's; frozen modules are CPython's list, compiled from the Lib ({@link FrozenModules});
 * there are no extension modules ({@code .so} files are never loaded: extension_suffixes() is
 * empty, so importlib's finders do not see them).
 */
public final class ImpModule {
    private ImpModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_imp", "(Extremely) low-level import machinery bits as used by importlib.",
                ImpModule.class);
        module.globals.put("check_hash_based_pycs", "default");
        return module;
    }

    /**
     * CPython's global import lock, per interpreter: importlib holds it only while it looks up or
     * creates a module's own lock, never while a module runs.
     */
    private static ReentrantLock importLock(ThreadState ts) {
        return ts.interp.moduleState(ImportLock.class, ImportLock::new).lock;
    }

    private static final class ImportLock {
        final ReentrantLock lock = new ReentrantLock();
    }

    @PyMethod("($module, /)")
    public static void acquire_lock(ThreadState ts) {
        importLock(ts).lock();
    }

    @PyMethod("($module, /)")
    public static void release_lock(ThreadState ts) {
        ReentrantLock lock = importLock(ts);
        if (!lock.isHeldByCurrentThread()) {
            throw PyException.of(Exc.RuntimeError, "not holding the import lock");
        }
        lock.unlock();
    }

    @PyMethod("($module, /)")
    public static Object lock_held(ThreadState ts) {
        return importLock(ts).isLocked();
    }

    /** 1 for a module of the registry, -1 for sys and builtins (which cannot be made again), else 0. */
    @PyMethod("($module, name, /)")
    public static Object is_builtin(String name) {
        if (name.equals("sys") || name.equals("builtins")) {
            return -1L;
        }
        return ModuleRegistry.isBuiltin(name) ? 1L : 0L;
    }

    @PyMethod("($module, spec, /)")
    public static Object create_builtin(ThreadState ts, Object spec) {
        Object name = Ops.getAttr(ts, spec, "name");
        if (!(name instanceof String n)) {
            throw PyException.typeError("name must be string, not " + Ops.typeName(name));
        }
        PyModule module = ModuleRegistry.create(ts, n);
        return module == null ? Singleton.NONE : module;
    }

    /** Java modules are complete when made (single-phase initialisation): nothing to run. */
    @PyMethod("($module, mod, /)")
    public static Object exec_builtin(Object mod) {
        return 0L;
    }

    @PyMethod("($module, /)")
    public static Object extension_suffixes() {
        return new PyList();
    }

    @PyMethod("($module, spec, file=None, /)")
    public static Object create_dynamic(ThreadState ts, Object spec, Object file) {
        Object name = Ops.getAttr(ts, spec, "name");
        Object origin = Ops.lookupAttr(ts, spec, "origin");
        throw PyException.of(Exc.ImportError, "C extension modules cannot be loaded by Pythebo: "
                + Ops.str(ts, name) + " (" + (origin == null ? "?" : Ops.str(ts, origin)) + ")");
    }

    @PyMethod("($module, mod, /)")
    public static Object exec_dynamic(Object mod) {
        return 0L;
    }

    @PyMethod("($module, name, /)")
    public static Object is_frozen(ThreadState ts, String name) {
        return FrozenModules.find(ts, name) != null;
    }

    @PyMethod("($module, name, /)")
    public static Object is_frozen_package(ThreadState ts, String name) {
        return frozen(ts, name).isPackage();
    }

    /** (data, ispkg, origname) for a frozen module, else None; there is no marshalled data to give. */
    @PyMethod("($module, name, /, *, withdata=False)")
    public static Object find_frozen(ThreadState ts, String name, boolean withdata) {
        FrozenModules.Frozen f = FrozenModules.find(ts, name);
        if (f == null) {
            return Singleton.NONE;
        }
        return PyTuple.of(Singleton.NONE, f.isPackage(), f.origname());
    }

    /** Makes and runs a frozen module outside importlib (CPython's PyImport_ImportFrozenModuleObject). */
    @PyMethod("($module, name, /)")
    public static Object init_frozen(ThreadState ts, String name) {
        FrozenModules.Frozen f = frozen(ts, name);
        PyCode code = frozenCode(ts, name, f);
        PyModule module = new PyModule(name, new Globals(ts.interp.builtins), false);
        module.initAttributes(Singleton.NONE);
        module.globals.put("__builtins__", ts.interp.builtinsModule);
        module.globals.put("__origname__", f.origname());
        if (f.isPackage()) {
            module.globals.put("__path__", new PyList());
        }
        ts.interp.modules.setItem(ts, name, module);
        code.run(new Frame(ts, code, module.globals, new Object[0], new PyCell[0], null));
        return module;
    }

    @PyMethod("($module, name, data=None, /)")
    public static Object get_frozen_object(ThreadState ts, String name, Object data) {
        return frozenCode(ts, name, frozen(ts, name));
    }

    private static FrozenModules.Frozen frozen(ThreadState ts, String name) {
        FrozenModules.Frozen f = FrozenModules.find(ts, name);
        if (f == null) {
            throw PyException.of(Exc.ImportError, "No such frozen object named " + Ops.repr(ts, name));
        }
        return f;
    }

    private static PyCode frozenCode(ThreadState ts, String name, FrozenModules.Frozen f) {
        try {
            return FrozenModules.code(ts, f);
        } catch (IOException e) {
            throw PyException.of(Exc.ImportError, "cannot load frozen module " + name + ": " + e.getMessage());
        }
    }

    @PyMethod("($module, /)")
    public static Object _frozen_module_names() {
        return new PyList(FrozenModules.TABLE.keySet().toArray());
    }

    /** Tests force frozen modules on (&gt; 0) or off (&lt; 0), or leave them to -X frozen_modules (0). */
    @PyMethod("($module, override, /)")
    public static void _override_frozen_modules_for_tests(ThreadState ts, int override) {
        ts.interp.moduleState(FrozenOverride.class, FrozenOverride::new).value = override;
    }

    static int frozenOverride(ThreadState ts) {
        return ts.interp.moduleState(FrozenOverride.class, FrozenOverride::new).value;
    }

    private static final class FrozenOverride {
        volatile int value;
    }

    /** Sets the file name of a code object loaded for a file of another name. */
    @PyMethod("($module, code, path, /)")
    public static void _fix_co_filename(Object code, String path) {
        if (!(code instanceof PyCode c)) {
            throw PyException.typeError("_fix_co_filename() argument 1 must be code, not " + Ops.typeName(code));
        }
        c.setFilename(path);
    }

    /** The source hash of a hash-based .pyc file: 8 bytes, little-endian. */
    @PyMethod("($module, /, key, source)")
    public static Object source_hash(long key, PyBuffer source) {
        long h = PyHash.keyedHash(key, source.array(), source.offset(), source.length());
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return PyBytes.of(out);
    }
}
