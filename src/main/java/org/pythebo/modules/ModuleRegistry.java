package org.pythebo.modules;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.pythebo.modules._blake2.Blake2Module;
import org.pythebo.modules._collections.CollectionsModule;
import org.pythebo.modules._contextvars.ContextvarsModule;
import org.pythebo.modules._csv.CsvModule;
import org.pythebo.modules._functools.FunctoolsModule;
import org.pythebo.modules._imp.ImpModule;
import org.pythebo.modules._hashlib.HashlibModule;
import org.pythebo.modules._ast.AstModule;
import org.pythebo.modules._io.IoModule;
import org.pythebo.modules._json.JsonModule;
import org.pythebo.modules._operator.OperatorModule;
import org.pythebo.modules._queue.QueueModule;
import org.pythebo.modules._random.RandomModule;
import org.pythebo.modules._sha3.Sha3Module;
import org.pythebo.modules._signal.SignalModule;
import org.pythebo.modules._socket.SocketModule;
import org.pythebo.modules._sre.SreModule;
import org.pythebo.modules._thread.ThreadModule;
import org.pythebo.modules.itertools.ItertoolsModule;
import org.pythebo.modules.array.ArrayModule;
import org.pythebo.modules._struct.StructModule;
import org.pythebo.modules.posixmodule.PosixModule;
import org.pythebo.modules.select.SelectModule;
import org.pythebo.modules.zlib.ZlibModule;
import org.pythebo.modules.unicodedata.Ucd;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * Every module written in Java, declared once: its name (the name CPython gives its C module)
 * and how an interpreter makes it. This table drives import (importlib's BuiltinImporter asks
 * {@code _imp.is_builtin}) and {@code sys.builtin_module_names}. A Java module never takes the
 * name of a module of the standard library's Lib: those are the Lib's own.
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final Map<String, Function<ThreadState, PyModule>> MODULES = Map.ofEntries(
            Map.entry("builtins", ts -> ts.interp.builtinsModule),
            Map.entry("sys", ts -> ts.interp.sys),
            Map.entry("_codecs", CodecsModule::create),
            Map.entry("_locale", LocaleModule::create),
            Map.entry("_io", IoModule::create),
            Map.entry("_ast", AstModule::create),
            Map.entry("_thread", ThreadModule::create),
            Map.entry("_imp", ImpModule::create),
            Map.entry("_warnings", WarningsModule::create),
            Map.entry("marshal", MarshalModule::create),
            Map.entry("_sre", SreModule::create),
            Map.entry("_struct", StructModule::create),
            Map.entry("binascii", BinasciiModule::create),
            Map.entry("zlib", ZlibModule::create),
            Map.entry("array", ArrayModule::create),
            Map.entry("math", MathModule::create),
            Map.entry("time", TimeModule::create),
            Map.entry("posix", PosixModule::create),
            Map.entry("errno", ErrnoModule::create),
            Map.entry("_stat", StatModule::create),
            Map.entry("select", SelectModule::create),
            Map.entry("_posixsubprocess", PosixSubprocessModule::create),
            Map.entry("fcntl", FcntlModule::create),
            Map.entry("pwd", PwdModule::create),
            Map.entry("grp", GrpModule::create),
            Map.entry("resource", ResourceModule::create),
            Map.entry("termios", TermiosModule::create),
            Map.entry("_weakref", WeakrefModule::create),
            Map.entry("gc", GcModule::create),
            Map.entry("_string", StringModule::create),
            Map.entry("_abc", AbcModule::create),
            Map.entry("atexit", AtexitModule::create),
            Map.entry("faulthandler", FaulthandlerModule::create),
            Map.entry("_contextvars", ContextvarsModule::create),
            Map.entry("_collections", CollectionsModule::create),
            Map.entry("_queue", QueueModule::create),
            Map.entry("_functools", FunctoolsModule::create),
            Map.entry("_operator", OperatorModule::create),
            Map.entry("_json", JsonModule::create),
            Map.entry("itertools", ItertoolsModule::create),
            Map.entry("_bisect", BisectModule::create),
            Map.entry("_heapq", HeapqModule::create),
            Map.entry("unicodedata", Ucd::create),
            Map.entry("_md5", Md5Module::create),
            Map.entry("_sha1", Sha1Module::create),
            Map.entry("_sha256", Sha256Module::create),
            Map.entry("_sha512", Sha512Module::create),
            Map.entry("_sha3", Sha3Module::create),
            Map.entry("_blake2", Blake2Module::create),
            Map.entry("_hashlib", HashlibModule::create),
            Map.entry("_random", RandomModule::create),
            Map.entry("_signal", SignalModule::create),
            Map.entry("_socket", SocketModule::create),
            Map.entry("_csv", CsvModule::create),
            Map.entry("cmath", CmathModule::create));

    /** Whether {@code name} is a module written in Java. */
    public static boolean isBuiltin(String name) {
        return MODULES.containsKey(name);
    }

    /** A new module object for {@code name} in the interpreter of {@code ts}, or null when there is no such module. */
    public static PyModule create(ThreadState ts, String name) {
        Function<ThreadState, PyModule> factory = MODULES.get(name);
        return factory == null ? null : factory.apply(ts);
    }

    /** {@code sys.builtin_module_names}, sorted as CPython sorts them. */
    public static SortedSet<String> names() {
        return new TreeSet<>(MODULES.keySet());
    }

    /**
     * A module object named {@code name} with docstring {@code doc} (None when null) holding the
     * functions {@code functions} declares with {@code @PyMethod}.
     */
    public static PyModule newModule(String name, String doc, Class<?> functions) {
        Globals g = new Globals(null);
        g.put("__name__", name);
        g.put("__doc__", doc == null ? Singleton.NONE : doc);
        PyModule module = new PyModule(name, g);
        if (functions != null) {
            Exposer.exposeFunctions(functions, module);
        }
        return module;
    }
}
