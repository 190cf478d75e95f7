package org.pythebo.modules;

import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.modules._io.PyTextIO;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.PyFrameObject;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Unraisable;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyHash;
import org.pythebo.runtime.objects.PyInstance;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyNamespace;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.StructSeq;

/** The {@code sys} module. */
public final class Sys {
    private Sys() {}

    /** The Python version Pythebo implements. */
    public static final String PYTHON_VERSION = "3.11.2";
    public static final String PYTHEBO_VERSION = "0.1.0";

    public static final StructSeq.Spec VERSION_INFO = new StructSeq.Spec("sys", "version_info", 5, false,
            "major", "minor", "micro", "releaselevel", "serial");
    public static final StructSeq.Spec FLAGS = new StructSeq.Spec("sys", "flags", 18, false,
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
    public static final StructSeq.Spec FLOAT_INFO = new StructSeq.Spec("sys", "float_info", 11, true,
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
            "radix", "rounds");
    public static final StructSeq.Spec INT_INFO = new StructSeq.Spec("sys", "int_info", 4, true,
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    public static final StructSeq.Spec HASH_INFO = new StructSeq.Spec("sys", "hash_info", 9, true,
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    public static final StructSeq.Spec THREAD_INFO = new StructSeq.Spec("sys", "thread_info", 3, true,
            "name", "lock", "version");

    public static final StructSeq.Spec ASYNCGEN_HOOKS = new StructSeq.Spec("sys", "asyncgen_hooks", 2, false,
            "firstiter", "finalizer");

    public static final String COPYRIGHT = """
            Copyright (c) 2001-2023 Python Software Foundation.
            All Rights Reserved.

            Copyright (c) 2000 BeOpen.com.
            All Rights Reserved.

            Copyright (c) 1995-2001 Corporation for National Research Initiatives.
            All Rights Reserved.

            Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
            All Rights Reserved.""";

    /**
     * How the interpreter was started: the program's argv, the command line as given, the
     * launcher's path, the one-letter options in the order given (e.g. "OOBi") and the -X options.
     */
    public record Config(String[] argv, String[] origArgv, String executable, String options, List<String> xOptions) {
        public static Config forArgv(String[] argv) {
            return new Config(argv, argv, "", "", List.of());
        }

        int count(char option) {
            int n = 0;
            for (int i = 0; i < options.length(); i++) {
                if (options.charAt(i) == option) {
                    n++;
                }
            }
            return n;
        }

        boolean has(char option) { return options.indexOf(option) >= 0; }

        /**
         * The digit limit set by -X int_max_str_digits=N or PYTHONINTMAXSTRDIGITS, or -1. Values
         * CPython refuses at start-up (not a number, or 1 to 639) count as unset here.
         */
        public int intMaxStrDigits() {
            String value = null;
            for (String x : xOptions) {
                if (x.startsWith("int_max_str_digits=")) {
                    value = x.substring(x.indexOf('=') + 1);
                }
            }
            if (value == null && !has('E') && !has('I')) {
                value = System.getenv("PYTHONINTMAXSTRDIGITS");
            }
            if (value == null || !value.matches("[0-9]{1,9}")) {
                return -1;
            }
            int n = Integer.parseInt(value);
            return n == 0 || n >= IntMethods.MAX_STR_DIGITS_THRESHOLD ? n : -1;
        }

        boolean hasX(String name) {
            for (String x : xOptions) {
                if (x.equals(name) || x.startsWith(name + "=")) {
                    return true;
                }
            }
            return false;
        }
    }

    public static PyModule create(Interpreter interp, Config config) {
        Globals g = new Globals(null);
        g.put("__name__", "sys");
        g.put("__doc__", Singleton.NONE);
        g.put("__package__", "");
        g.put("__loader__", Singleton.NONE);
        g.put("__spec__", Singleton.NONE);
        PyModule module = new PyModule("sys", g);
        Exposer.exposeFunctions(Sys.class, module);
        g.put("__displayhook__", g.get("displayhook"));
        g.put("__excepthook__", g.get("excepthook"));
        g.put("__breakpointhook__", g.get("breakpointhook"));
        g.put("__unraisablehook__", g.get("unraisablehook"));
        g.put("UnraisableHookArgs", Unraisable.HOOK_ARGS.type);
        g.put("argv", new PyList(config.argv().clone()));
        g.put("orig_argv", new PyList(config.origArgv().clone()));
        g.put("stdin", interp.stdin);
        g.put("stdout", interp.stdout);
        g.put("stderr", interp.stderr);
        g.put("__stdin__", interp.stdin);
        g.put("__stdout__", interp.stdout);
        g.put("__stderr__", interp.stderr);
        g.put("maxsize", Long.MAX_VALUE);
        g.put("maxunicode", 0x10FFFFL);
        g.put("byteorder", "little");
        g.put("platform", "linux");
        g.put("version", PYTHON_VERSION + " (main, Jan  1 2025, 00:00:00) [Pythebo " + PYTHEBO_VERSION + " on Java "
                + Runtime.version().feature() + "]");
        StructSeq versionInfo = versionInfo(PYTHON_VERSION, "final");
        g.put("version_info", versionInfo);
        g.put("hexversion", hexversion(versionInfo));
        g.put("api_version", 1013L);
        g.put("copyright", COPYRIGHT);
        StructSeq implVersion = versionInfo(PYTHEBO_VERSION, "alpha");
        // No cache_tag: Pythebo never writes or reads bytecode caches (importlib's convention).
        g.put("implementation", PyNamespace.of("name", "pythebo", "cache_tag", Singleton.NONE, "version", implVersion,
                "hexversion", hexversion(implVersion), "_multiarch", "x86_64-linux-gnu"));
        g.put("flags", flags(config));
        g.put("float_info", FLOAT_INFO.make(Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L,
                Math.ulp(1.0), 2L, 1L));
        g.put("int_info", INT_INFO.make(30L, 4L, 4300L, 640L));
        g.put("hash_info", HASH_INFO.make(64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L));
        g.put("thread_info", THREAD_INFO.make("pthread", "mutex+cond", Singleton.NONE));
        g.put("float_repr_style", "short");
        g.put("abiflags", "");
        // Pythebo writes no bytecode files (cache_tag is None); this governs its code cache.
        g.put("dont_write_bytecode", dontWriteBytecode(config));
        g.put("pycache_prefix", Singleton.NONE);
        String executable = config.executable();
        g.put("executable", executable);
        g.put("_base_executable", executable);
        GetPath paths = GetPath.compute();
        String prefix = paths.prefix();
        g.put("_stdlib_dir", paths.stdlib());
        g.put("prefix", prefix);
        g.put("base_prefix", prefix);
        g.put("exec_prefix", prefix);
        g.put("base_exec_prefix", prefix);
        g.put("platlibdir", "lib");
        g.put("path", new PyList(searchPath(config, paths).toArray()));
        g.put("meta_path", new PyList());
        g.put("path_hooks", new PyList());
        g.put("path_importer_cache", new PyDict());
        g.put("modules", interp.modules);
        g.put("warnoptions", new PyList());
        PyDict xoptions = new PyDict();
        for (String x : config.xOptions()) {
            int eq = x.indexOf('=');
            xoptions.setItem(eq < 0 ? x : x.substring(0, eq), eq < 0 ? Boolean.TRUE : x.substring(eq + 1));
        }
        g.put("_xoptions", xoptions);
        g.put("builtin_module_names", PyTuple.of(ModuleRegistry.names().toArray()));
        return module;
    }

    /**
     * sys.path as CPython's getpath computes it: PYTHONPATH's entries, made absolute (unless -E
     * or -I), then the Lib's. The script's directory goes in front later, when the program is
     * known, and site adds the site-packages directories.
     */
    private static List<String> searchPath(Config config, GetPath paths) {
        List<String> path = new ArrayList<>();
        String pythonPath = config.has('E') || config.has('I') ? null : System.getenv("PYTHONPATH");
        if (pythonPath != null) {
            for (String entry : pythonPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
        }
        path.addAll(paths.path());
        return path;
    }

    private static StructSeq versionInfo(String version, String level) {
        String[] parts = version.split("\\.");
        return VERSION_INFO.make(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), level, 0L);
    }

    private static long hexversion(StructSeq v) {
        long level = switch ((String) v.get(3)) {
            case "alpha" -> 0xA;
            case "beta" -> 0xB;
            case "candidate" -> 0xC;
            default -> 0xF;
        };
        return ((Long) v.get(0) << 24) | ((Long) v.get(1) << 16) | ((Long) v.get(2) << 8) | (level << 4) | (Long) v.get(4);
    }

    private static StructSeq flags(Config c) {
        boolean isolated = c.has('I');
        boolean ignoreEnv = c.has('E') || isolated;
        long inspect = c.count('i') + (!ignoreEnv && nonEmptyEnv("PYTHONINSPECT") ? 1 : 0);
        long optimize = c.count('O');
        if (optimize == 0 && !ignoreEnv && nonEmptyEnv("PYTHONOPTIMIZE")) {
            optimize = 1;
        }
        String locale = firstEnv("LC_ALL", "LC_CTYPE", "LANG");
        boolean utf8 = c.hasX("utf8") || locale == null || locale.equals("C") || locale.equals("POSIX");
        return FLAGS.make((long) c.count('d'), Math.min(inspect, 1), (long) Math.min(c.count('i'), 1), optimize,
                dontWriteBytecode(c) ? 1L : 0L,
                c.has('s') || isolated || !ignoreEnv && nonEmptyEnv("PYTHONNOUSERSITE") ? 1L : 0L, c.has('S') ? 1L : 0L, ignoreEnv ? 1L : 0L, (long) c.count('v'),
                (long) c.count('b'), c.has('q') ? 1L : 0L, PyHash.RANDOMIZED ? 1L : 0L, isolated ? 1L : 0L,
                c.hasX("dev"), utf8 ? 1L : 0L, c.hasX("warn_default_encoding") ? 1L : 0L, c.has('P') || isolated,
                (long) c.intMaxStrDigits());
    }

    /** -B or PYTHONDONTWRITEBYTECODE: the code cache is read but not written. */
    private static boolean dontWriteBytecode(Config c) {
        return c.has('B') || !c.has('E') && !c.has('I') && nonEmptyEnv("PYTHONDONTWRITEBYTECODE");
    }

    private static boolean nonEmptyEnv(String name) {
        String v = System.getenv(name);
        return v != null && !v.isEmpty();
    }

    private static String firstEnv(String... names) {
        for (String n : names) {
            String v = System.getenv(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    // ---- exit and hooks ----

    /** The thread's async generator hooks (CPython keeps them per thread too). */
    @PyMethod("($module, /)")
    public static Object get_asyncgen_hooks(ThreadState ts) {
        return ASYNCGEN_HOOKS.make(ts.asyncgenFirstiter == null ? Singleton.NONE : ts.asyncgenFirstiter,
                ts.asyncgenFinalizer == null ? Singleton.NONE : ts.asyncgenFinalizer);
    }

    @PyMethod("($module, /, firstiter=?, finalizer=?)")
    public static Object set_asyncgen_hooks(ThreadState ts, Object firstiter, Object finalizer) {
        for (Object[] hook : new Object[][] {{"finalizer", finalizer}, {"firstiter", firstiter}}) {
            Object h = hook[1];
            if (h != null && h != Singleton.NONE && !Ops.isCallable(h)) {
                throw PyException.typeError("callable " + hook[0] + " expected, got " + Ops.typeName(h));
            }
        }
        if (finalizer != null) {
            ts.asyncgenFinalizer = finalizer == Singleton.NONE ? null : finalizer;
        }
        if (firstiter != null) {
            ts.asyncgenFirstiter = firstiter == Singleton.NONE ? null : firstiter;
        }
        return null;
    }

    @PyMethod("($module, status=None, /)")
    public static Object exit(Object status) {
        throw new PyException(new PyBaseException(Exc.SystemExit,
                status == Singleton.NONE ? PyTuple.EMPTY : PyTuple.of(status)));
    }

    /** Prints a non-None result of the interactive prompt and keeps it in builtins._ . */
    @PyMethod("($module, object, /)")
    public static Object displayhook(ThreadState ts, Object value) {
        if (value == Singleton.NONE) {
            return null;
        }
        Globals builtins = ts.interp.builtins;
        builtins.put("_", Singleton.NONE);
        Object out = ts.interp.sys.globals.get("stdout");
        if (out == null || out == Singleton.NONE) {
            throw PyException.of(Exc.RuntimeError, "lost sys.stdout");
        }
        String text = Ops.repr(ts, value) + "\n";
        if (PyTextIO.exact(out) instanceof PyTextIO t) {
            t.write(text);
        } else {
            Ops.callMethod(ts, out, "write", text);
        }
        builtins.put("_", value);
        return null;
    }

    @PyMethod("($module, exctype, value, traceback, /)")
    public static Object excepthook(ThreadState ts, Object type, Object value, Object traceback) {
        if (value instanceof PyBaseException e) {
            ts.interp.printTraceback(ts, e);
        } else {
            ts.interp.writeError(ts, "TypeError: print_exception(): Exception expected for value, "
                    + Ops.typeName(value) + " found\n");
        }
        return null;
    }

    @PyMethod("($module, unraisable, /)")
    public static Object unraisablehook(ThreadState ts, Object unraisable) {
        Unraisable.writeDefault(ts, attrOrNone(ts, unraisable, "exc_type"), attrOrNone(ts, unraisable, "exc_value"),
                attrOrNone(ts, unraisable, "exc_traceback"), attrOrNone(ts, unraisable, "err_msg"),
                attrOrNone(ts, unraisable, "object"));
        return null;
    }

    private static Object attrOrNone(ThreadState ts, Object o, String name) {
        Object v = Ops.lookupAttr(ts, o, name);
        return v == null ? Singleton.NONE : v;
    }

    /** breakpoint() lands here; there is no debugger to start, so it returns at once. */
    @PyMethod("($module, *args, **kws)")
    public static Object breakpointhook(Object[] args, PyDict kws) { return null; }

    // ---- interpreter settings ----

    @PyMethod("($module, /)")
    public static Object get_int_max_str_digits(ThreadState ts) { return (long) ts.interp.intMaxStrDigits; }

    @PyMethod("($module, maxdigits)")
    public static Object set_int_max_str_digits(ThreadState ts, Object maxdigits) {
        long n = Ops.index(maxdigits);
        if (n != 0 && (n < IntMethods.MAX_STR_DIGITS_THRESHOLD || n > Integer.MAX_VALUE)) {
            throw PyException.valueError("maxdigits must be 0 or larger than " + IntMethods.MAX_STR_DIGITS_THRESHOLD);
        }
        ts.interp.intMaxStrDigits = (int) n;
        return null;
    }

    @PyMethod("($module, /)")
    public static Object getrecursionlimit(ThreadState ts) { return (long) ts.interp.recursionLimit; }

    @PyMethod("($module, limit, /)")
    public static Object setrecursionlimit(ThreadState ts, Object limit) {
        long n = limit instanceof BigInteger ? Long.MAX_VALUE : Ops.index(limit);
        if (limit instanceof BigInteger b && b.signum() < 0) {
            n = Long.MIN_VALUE;
        }
        if (n < 1) {
            throw PyException.valueError("recursion limit must be greater or equal than 1");
        }
        if (n > Integer.MAX_VALUE) {
            throw PyException.overflow("Python int too large to convert to C int");
        }
        if (n <= ts.depth) {
            throw PyException.of(Exc.RecursionError, "cannot set the recursion limit to " + n + " at the recursion depth "
                    + ts.depth + ": the limit is too low");
        }
        ts.interp.recursionLimit = (int) n;
        return null;
    }

    @PyMethod("($module, /)")
    public static Object getswitchinterval(ThreadState ts) { return ts.interp.switchInterval; }

    @PyMethod("($module, interval, /)")
    public static Object setswitchinterval(ThreadState ts, Object interval) {
        double d = TimeModule.realNumber(ts, interval);
        if (!(d > 0)) {
            throw PyException.valueError("switch interval must be strictly positive");
        }
        ts.interp.switchInterval = d;
        return null;
    }

    @PyMethod("($module, function, /)")
    public static Object settrace(ThreadState ts, Object function) {
        ts.interp.traceFunction = function;
        return null;
    }

    @PyMethod("($module, /)")
    public static Object gettrace(ThreadState ts) { return ts.interp.traceFunction; }

    @PyMethod("($module, function, /)")
    public static Object setprofile(ThreadState ts, Object function) {
        ts.interp.profileFunction = function;
        return null;
    }

    @PyMethod("($module, /)")
    public static Object getprofile(ThreadState ts) { return ts.interp.profileFunction; }

    @PyMethod("($module, event, /, *args)")
    public static Object audit(Object event, Object[] args) {
        if (!(event instanceof String)) {
            throw PyException.typeError("expected str for argument 'event', not " + Ops.typeName(event));
        }
        return null;
    }

    @PyMethod("($module, hook)")
    public static Object addaudithook(Object hook) { return null; }

    @PyMethod("($module, func, args, /)")
    public static Object call_tracing(ThreadState ts, Object func, Object args) {
        if (!(args instanceof PyTuple t)) {
            throw PyException.typeError("call_tracing(): argument 2 must be tuple, not " + Ops.typeName(args));
        }
        return Ops.call(ts, func, t.toArray(), null);
    }

    @PyMethod("($module, /)")
    public static Object is_finalizing() { return false; }

    // ---- exceptions and frames ----

    @PyMethod("($module, /)")
    public static Object exc_info(ThreadState ts) {
        PyBaseException e = ts.currentHandled();
        if (e == null) {
            return PyTuple.of(Singleton.NONE, Singleton.NONE, Singleton.NONE);
        }
        return PyTuple.of(e.type(), e, PyBaseException.getTraceback(e));
    }

    @PyMethod("($module, /)")
    public static Object exception(ThreadState ts) {
        PyBaseException e = ts.currentHandled();
        return e == null ? Singleton.NONE : e;
    }

    @PyMethod("($module, depth=0, /)")
    public static Object _getframe(ThreadState ts, Object depth) {
        long n = Ops.index(depth);
        Frame f = ts.frame;
        for (long i = 0; i < n && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw PyException.valueError("call stack is not deep enough");
        }
        return PyFrameObject.of(f);
    }

    // ---- objects ----

    @PyMethod("($module, string, /)")
    public static Object intern(Object s) {
        if (!(s instanceof String str)) {
            if (Ops.type(s).isSubtypeOf(PyType.STR)) {
                throw PyException.typeError("can't intern " + Ops.typeName(s));
            }
            throw PyException.typeError("intern() argument must be str, not " + Ops.typeName(s));
        }
        return str.intern();
    }

    @PyMethod("($module, object, /)")
    public static Object getrefcount(Object o) { return 2L; }

    @PyMethod("($module, object, default=?)")
    public static Object getsizeof(ThreadState ts, Object o, Object dflt) {
        PyType t = Ops.type(o);
        if (t.heapType) {
            Object m = t.lookup("__sizeof__");
            if (m != null) {
                Object r;
                try {
                    r = Ops.callDescr(ts, m, o, Ops.NO_ARGS);
                } catch (PyException e) {
                    if (dflt != null && e.exc.matches(Exc.TypeError)) {
                        return dflt;
                    }
                    throw e;
                }
                if (!(r instanceof Long || r instanceof BigInteger || r instanceof Boolean)) {
                    throw PyException.typeError("an integer is required");
                }
                long n = Ops.index(r);
                if (n < 0) {
                    throw PyException.valueError("__sizeof__() should return >= 0");
                }
                return n + 32;
            }
        }
        return sizeOf(o);
    }

    /** Sizes like CPython 3.11's on 64-bit Linux, for programs that print or compare them. */
    private static long sizeOf(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            BigInteger v = o instanceof BigInteger b ? b : BigInteger.valueOf(o instanceof Boolean b ? (b ? 1 : 0) : (Long) o);
            int digits = Math.max(1, (v.abs().bitLength() + 29) / 30);
            return 24 + 4L * digits;
        }
        if (o instanceof Double) {
            return 24;
        }
        if (o instanceof String s) {
            int max = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                max = Math.max(max, cp);
                i += Character.charCount(cp);
            }
            long n = s.codePointCount(0, s.length());
            return max < 128 ? 49 + n : max < 256 ? 73 + n : max < 65536 ? 74 + 2 * n : 76 + 4 * n;
        }
        if (o instanceof Singleton) {
            return 16;
        }
        if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            if (d.size() == 0) {
                return 64;
            }
            long size = 8;
            while (size * 2 / 3 < d.size()) {
                size *= 2;
            }
            return 64 + 32 + size + (size * 2 / 3) * 24;
        }
        if (o instanceof PySet s) {
            long table = 8;
            for (long used = 1; used <= s.size(); used++) {
                if (used * 5 >= (table - 1) * 3) {
                    long want = used * 4;
                    while (table < want) {
                        table *= 2;
                    }
                }
            }
            return table == 8 ? 216 : 216 + 16 * table;
        }
        if (o instanceof PyBytes b) {
            return 33 + b.size();
        }
        if (o instanceof PyInstance) {
            return 56;
        }
        if (o instanceof PyType t) {
            return t.heapType ? 1688 : 424;
        }
        if (o instanceof PyBaseException) {
            return 72;
        }
        return 56;
    }

    // ---- encodings ----

    @PyMethod("($module, /)")
    public static Object getdefaultencoding() { return "utf-8"; }

    @PyMethod("($module, /)")
    public static Object getfilesystemencoding() { return "utf-8"; }

    @PyMethod("($module, /)")
    public static Object getfilesystemencodeerrors() { return "surrogateescape"; }
}
