package org.pythebo.modules._imp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pythebo.modules.GetPath;
import org.pythebo.modules.builtins.NamespaceBuiltins;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.SourceDecoder;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exec.PyCode;
import org.pythebo.runtime.exec.ThreadState;

/**
 * The modules CPython 3.11 freezes into its executable (Python/frozen.c): importlib's bootstrap,
 * zipimport, and the Lib modules every start-up needs, plus the test modules that go with them.
 * Pythebo has no frozen bytecode, but it compiles these from the Lib under the names frozen code
 * carries ({@code "<frozen os>"}), so that importlib's FrozenImporter loads them, their specs say
 * {@code origin='frozen'} and tracebacks through them read {@code File "<frozen os>", line 679,
 * in __getitem__} without a source line, exactly as CPython's.
 */
final class FrozenModules {
    private FrozenModules() {}

    /** A frozen module: the module whose source it is (null: none), and whether it is a package. */
    record Frozen(String origname, boolean isPackage, boolean bootstrap) {}

    /** In the order of {@code _imp._frozen_module_names()}. */
    static final Map<String, Frozen> TABLE = new LinkedHashMap<>();

    static {
        for (String[] entry : new String[][] {
                {"_frozen_importlib", "importlib._bootstrap", "boot"},
                {"_frozen_importlib_external", "importlib._bootstrap_external", "boot"},
                {"zipimport", "zipimport", "boot"},
                {"abc", "abc"}, {"codecs", "codecs"}, {"io", "io"}, {"_collections_abc", "_collections_abc"},
                {"_sitebuiltins", "_sitebuiltins"}, {"genericpath", "genericpath"}, {"ntpath", "ntpath"},
                {"posixpath", "posixpath"}, {"os.path", "posixpath"}, {"os", "os"}, {"site", "site"},
                {"stat", "stat"}, {"importlib.util", "importlib.util"}, {"importlib.machinery", "importlib.machinery"},
                {"runpy", "runpy"},
                {"__hello__", "__hello__"}, {"__hello_alias__", "__hello__"}, {"__phello_alias__", "__hello__", "pkg"},
                {"__phello_alias__.spam", "__hello__"}, {"__phello__", "__phello__", "pkg"},
                {"__phello__.__init__", "<__phello__"}, {"__phello__.ham", "__phello__.ham", "pkg"},
                {"__phello__.ham.__init__", "<__phello__.ham"}, {"__phello__.ham.eggs", "__phello__.ham.eggs"},
                {"__phello__.spam", "__phello__.spam"}}) {
            String kind = entry.length > 2 ? entry[2] : "";
            TABLE.put(entry[0], new Frozen(entry[1], kind.equals("pkg"), kind.equals("boot")));
        }
    }

    /**
     * The entry for {@code name}, or null: under {@code -X frozen_modules=off} (or the tests'
     * override) only the bootstrap modules are frozen, as in CPython.
     */
    static Frozen find(ThreadState ts, String name) {
        Frozen f = TABLE.get(name);
        if (f == null || f.bootstrap() || frozenModulesOn(ts)) {
            return f;
        }
        return null;
    }

    private static boolean frozenModulesOn(ThreadState ts) {
        int override = ImpModule.frozenOverride(ts);
        if (override != 0) {
            return override > 0;
        }
        Object xoptions = ts.interp.sys.globals.get("_xoptions");
        return !(xoptions instanceof PyDict d && "off".equals(d.get(ts, "frozen_modules")));
    }

    /** The code of a frozen module: its Lib source compiled as {@code "<frozen origname>"}, through the code cache. */
    static PyCode code(ThreadState ts, Frozen f) throws IOException {
        String origname = f.origname();
        boolean initOfPackage = origname.startsWith("<");
        String module = initOfPackage ? origname.substring(1) : origname;
        String relative = module.replace('.', '/') + (f.isPackage() || initOfPackage ? "/__init__.py" : ".py");
        Path file = Path.of(GetPath.compute().stdlib(), relative);
        String codeName = "<frozen " + module + ">";
        String text;
        try {
            text = SourceDecoder.decode(Files.readAllBytes(file), codeName);
        } catch (ParseError e) {
            throw new IOException(e.getMessage(), e);
        }
        return NamespaceBuiltins.compileModuleFile(ts, text, codeName, "");
    }
}
