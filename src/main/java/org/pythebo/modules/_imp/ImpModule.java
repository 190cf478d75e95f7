package org.pythebo.modules._imp;

import java.util.concurrent.locks.ReentrantLock;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyHash;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _imp}: what importlib's bootstrap asks of the interpreter. Built-in modules are the
 * module registry's; there are no frozen modules (the Lib's modules load from their sources, as
 * CPython's do under {@code -X frozen_modules=off}) and no extension modules ({@code .so} files are
 * never loaded: extension_suffixes() is empty, so importlib's finders do not see them).
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
    public static Object is_frozen(Object name) {
        return Boolean.FALSE;
    }

    @PyMethod("($module, name, /)")
    public static Object is_frozen_package(ThreadState ts, Object name) {
        throw noFrozen(ts, name);
    }

    @PyMethod("($module, name, /, *, withdata=False)")
    public static Object find_frozen(Object name, Object withdata) {
        return Singleton.NONE;
    }

    @PyMethod("($module, name, /)")
    public static Object init_frozen(ThreadState ts, Object name) {
        throw noFrozen(ts, name);
    }

    @PyMethod("($module, name, data=None, /)")
    public static Object get_frozen_object(ThreadState ts, Object name, Object data) {
        throw noFrozen(ts, name);
    }

    private static PyException noFrozen(ThreadState ts, Object name) {
        return PyException.of(Exc.ImportError, "No such frozen object named " + Ops.repr(ts, name));
    }

    @PyMethod("($module, /)")
    public static Object _frozen_module_names() {
        return PyTuple.EMPTY;
    }

    @PyMethod("($module, override, /)")
    public static void _override_frozen_modules_for_tests(Object override) {}

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
