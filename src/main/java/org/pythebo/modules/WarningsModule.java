package org.pythebo.modules;

import java.util.concurrent.atomic.AtomicLong;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _warnings}: the filtering that warnings.warn does, in Java, as CPython's C module does
 * it (Lib/warnings.py uses these functions and shares {@code filters}, {@code _defaultaction} and
 * {@code _onceregistry} with them, and then installs no default filters of its own). A warning
 * that passes the filters is shown through {@code warnings._showwarnmsg} when the warnings module
 * is loaded, else written to sys.stderr as CPython's C code writes it.
 *
 * <p>The filters list and the registries are ordinary lists and dicts, safe under threads; the
 * filter version is an atomic counter.
 */
public final class WarningsModule {
    private WarningsModule() {}

    /** Per interpreter: the filters' version (registries remember the version they were filled under). */
    private static final class State {
        final AtomicLong filtersVersion = new AtomicLong(1);
        PyModule module;
    }

    private static State state(ThreadState ts) {
        return ts.interp.moduleState(State.class, State::new);
    }

    static PyModule create(ThreadState ts) {
        PyModule m = ModuleRegistry.newModule("_warnings", "_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up.", WarningsModule.class);
        // CPython's default filters (a release build): '__main__' is a plain module name here.
        m.globals.put("filters", new PyList(new Object[] {
            PyTuple.of("default", Singleton.NONE, Exc.DeprecationWarning, "__main__", 0L),
            PyTuple.of("ignore", Singleton.NONE, Exc.DeprecationWarning, Singleton.NONE, 0L),
            PyTuple.of("ignore", Singleton.NONE, Exc.PendingDeprecationWarning, Singleton.NONE, 0L),
            PyTuple.of("ignore", Singleton.NONE, Exc.ImportWarning, Singleton.NONE, 0L),
            PyTuple.of("ignore", Singleton.NONE, Exc.ResourceWarning, Singleton.NONE, 0L)}));
        m.globals.put("_defaultaction", "default");
        m.globals.put("_onceregistry", new PyDict());
        state(ts).module = m;
        return m;
    }

    @PyMethod("($module, /)")
    public static void _filters_mutated(ThreadState ts) {
        state(ts).filtersVersion.incrementAndGet();
    }

    @PyMethod("($module, /, message, category=None, stacklevel=1, source=None)")
    public static void warn(ThreadState ts, Object message, Object category, long stacklevel, Object source) {
        PyType cat = categoryOf(ts, message, category);
        Frame f = frameAt(ts, stacklevel);
        Globals globals = f != null ? f.globals : ts.interp.sys.globals;
        String filename = f != null ? f.code.filename : "sys";
        long lineno = f != null ? (f.stmt != null ? f.stmt.lineno : f.code.firstlineno) : 1;
        Object module = globals.get("__name__");
        if (module == null) {
            module = "<string>";
        }
        Object registry = globals.get("__warningregistry__");
        if (!(registry instanceof PyDict)) {
            registry = new PyDict();
            globals.put("__warningregistry__", registry);
        }
        warnExplicit(ts, message, cat, filename, lineno, module, (PyDict) registry, globals.dict, source);
    }

    @PyMethod("($module, /, message, category, filename, lineno, module=None, registry=None, module_globals=None,"
            + " source=None)")
    public static void warn_explicit(ThreadState ts, Object message, Object category, String filename, long lineno,
                                     Object module, Object registry, Object moduleGlobals, Object source) {
        if (registry != Singleton.NONE && !(registry instanceof PyDict)) {
            throw PyException.typeError("'registry' must be a dict or None");
        }
        warnExplicit(ts, message, categoryOf(ts, message, category), filename, lineno, module,
                registry instanceof PyDict d ? d : null, moduleGlobals, source);
    }

    /** A coroutine never awaited (CPython calls this from the coroutine's finalizer). */
    @PyMethod("($module, /, coro)")
    public static void _warn_unawaited_coroutine(ThreadState ts, Object coro) {
        Object qualname = Ops.lookupAttr(ts, coro, "__qualname__");
        warn(ts, "coroutine '" + (qualname == null ? "?" : Ops.str(ts, qualname)) + "' was never awaited",
                Exc.RuntimeWarning, 2, coro);
    }

    private static PyType categoryOf(ThreadState ts, Object message, Object category) {
        if (Ops.isInstance(message, Exc.Warning)) {
            return Ops.type(message);
        }
        if (category == null || category == Singleton.NONE) {
            return Exc.UserWarning;
        }
        if (!(category instanceof PyType t) || !t.isSubtypeOf(Exc.Warning)) {
            throw PyException.typeError("category must be a Warning subclass, not '" + Ops.typeName(category) + "'");
        }
        return t;
    }

    /** setup_context: the frame {@code stacklevel} levels up, skipping importlib's own frames past the first. */
    private static Frame frameAt(ThreadState ts, long stacklevel) {
        Frame f = ts.frame;
        if (stacklevel <= 0 || internal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
                while (f != null && internal(f)) {
                    f = f.back;
                }
            }
        }
        return f;
    }

    private static boolean internal(Frame f) {
        return f != null && f.code.filename.contains("importlib") && f.code.filename.contains("_bootstrap");
    }

    private static void warnExplicit(ThreadState ts, Object message, PyType category, String filename, long lineno,
                                     Object module, PyDict registry, Object moduleGlobals, Object source) {
        State st = state(ts);
        PyModule m = st.module;
        if (module == null || module == Singleton.NONE) {
            String name = filename.isEmpty() ? "<unknown>" : filename;
            module = name.toLowerCase().endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        }
        long version = st.filtersVersion.get();
        if (registry != null && !Long.valueOf(version).equals(registry.get(ts, "version"))) {
            registry.clear();
            registry.setItem(ts, "version", version);
        }
        Object text;
        Object warning;
        if (Ops.isInstance(message, Exc.Warning)) {
            text = Ops.str(ts, message);
            warning = message;
        } else {
            text = message;
            warning = Ops.call(ts, category, message);
        }
        PyTuple key = PyTuple.of(text, category, lineno);
        if (registry != null) {
            Object seen = registry.get(ts, key);
            if (seen != null && Ops.isTrue(ts, seen)) {
                return;
            }
        }
        String action = null;
        Object item = null;
        Object filters = warningsAttr(ts, m, "filters");
        if (!(filters instanceof PyList list)) {
            throw PyException.valueError("_warnings.filters must be a list");
        }
        Object[] items = list.toArray();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyTuple t) || t.size() != 5) {
                throw PyException.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            if (matches(ts, t.get(1), text) && Ops.isSubclass(ts, category, t.get(2)) && matches(ts, t.get(3), module)
                    && (Ops.index(t.get(4)) == 0 || Ops.index(t.get(4)) == lineno)) {
                action = Ops.str(ts, t.get(0));
                item = t;
                break;
            }
        }
        if (action == null) {
            action = Ops.str(ts, warningsAttr(ts, m, "_defaultaction"));
        }
        switch (action) {
            case "ignore" -> {
                return;
            }
            case "error" -> throw new PyException((PyBaseException) warning);
            case "once" -> {
                if (registry != null) {
                    registry.setItem(ts, key, 1L);
                }
                Object once = warningsAttr(ts, m, "_onceregistry");
                if (!(once instanceof PyDict onceRegistry)) {
                    throw PyException.typeError("_warnings._onceregistry must be a dict, not '" + Ops.typeName(once) + "'");
                }
                PyTuple onceKey = PyTuple.of(text, category);
                if (onceRegistry.get(ts, onceKey) != null) {
                    return;
                }
                onceRegistry.setItem(ts, onceKey, 1L);
            }
            case "always" -> { }
            case "module" -> {
                if (registry != null) {
                    registry.setItem(ts, key, 1L);
                    PyTuple altKey = PyTuple.of(text, category, 0L);
                    if (registry.get(ts, altKey) != null) {
                        return;
                    }
                    registry.setItem(ts, altKey, 1L);
                }
            }
            case "default" -> {
                if (registry != null) {
                    registry.setItem(ts, key, 1L);
                }
            }
            default -> throw PyException.of(Exc.RuntimeError, "Unrecognized action (" + Ops.repr(ts, action)
                    + ") in warnings.filters:\n " + Ops.repr(ts, item));
        }
        show(ts, warning, category, filename, lineno, text, moduleGlobals, source);
    }

    /** check_matched: None matches anything, a str by equality, anything else by its match(). */
    private static boolean matches(ThreadState ts, Object filter, Object value) {
        if (filter == Singleton.NONE) {
            return true;
        }
        if (filter instanceof String s) {
            return s.equals(value);
        }
        return Ops.isTrue(ts, Ops.call(ts, Ops.getAttr(ts, filter, "match"), value));
    }

    /**
     * get_warnings_attr: the warnings module's own attribute once it is imported (catch_warnings
     * replaces {@code warnings.filters} with a copy), else this module's.
     */
    private static Object warningsAttr(ThreadState ts, PyModule m, String name) {
        Object warnings = ts.interp.modules.get(ts, "warnings");
        if (warnings != null && warnings != Singleton.NONE) {
            Object v = Ops.lookupAttr(ts, warnings, name);
            if (v != null) {
                return v;
            }
        }
        return m.globals.get(name);
    }

    /** Through warnings._showwarnmsg when warnings is loaded (or a source is given), else to sys.stderr. */
    private static void show(ThreadState ts, Object warning, PyType category, String filename, long lineno, Object text,
                             Object moduleGlobals, Object source) {
        Object warnings = ts.interp.modules.get(ts, "warnings");
        if (warnings == null && source != null && source != Singleton.NONE) {
            warnings = ts.interp.importer.importName(ts, "warnings", null, new Object[0], 0);
        }
        if (warnings != null && warnings != Singleton.NONE) {
            Object showFn = Ops.lookupAttr(ts, warnings, "_showwarnmsg");
            Object messageType = Ops.lookupAttr(ts, warnings, "WarningMessage");
            if (showFn != null && messageType != null) {
                if (moduleGlobals != null && moduleGlobals != Singleton.NONE) {
                    Object linecache = ts.interp.importer.importName(ts, "linecache", null, new Object[0], 0);
                    Ops.call(ts, Ops.getAttr(ts, linecache, "getlines"), filename, moduleGlobals);
                }
                Object msg = Ops.call(ts, messageType, warning, category, filename, lineno,
                        source == null ? Singleton.NONE : source);
                Ops.call(ts, showFn, msg);
                return;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(filename).append(':').append(lineno).append(": ").append(category.name).append(": ")
                .append(Ops.str(ts, text)).append('\n');
        ts.interp.writeError(ts, out.toString());
    }
}
