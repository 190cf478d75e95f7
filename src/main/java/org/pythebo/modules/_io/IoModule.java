package org.pythebo.modules._io;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _io} module: open() and the I/O classes, which the Lib's io.py re-exports (and
 * subclasses, for its abstract bases).
 */
public final class IoModule {
    private IoModule() {}

    private static final String DOC = "The io module provides the Python interfaces to stream handling. The\n"
            + "builtin open function is defined in this module.\n";

    /** The module; its open is the builtins' one, as {@code io.open is open} in CPython. */
    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_io", DOC, IoModule.class);
        Globals g = module.globals;
        g.put("open", ts.interp.builtins.get("open"));
        g.put("DEFAULT_BUFFER_SIZE", (long) Io.DEFAULT_BUFFER_SIZE);
        g.put("UnsupportedOperation", Io.UNSUPPORTED);
        g.put("BlockingIOError", Exc.BlockingIOError);
        g.put("_IOBase", IOBase.TYPE);
        g.put("_RawIOBase", IOBase.RAW);
        g.put("_BufferedIOBase", IOBase.BUFFERED);
        g.put("_TextIOBase", IOBase.TEXT);
        g.put("FileIO", PyFileIO.TYPE);
        g.put("BytesIO", PyBytesIO.TYPE);
        g.put("StringIO", PyStringIO.TYPE);
        g.put("BufferedReader", PyBufferedIO.READER);
        g.put("BufferedWriter", PyBufferedIO.WRITER);
        g.put("BufferedRandom", PyBufferedIO.RANDOM);
        g.put("BufferedRWPair", PyBufferedRWPair.TYPE);
        g.put("TextIOWrapper", PyTextIO.TYPE);
        g.put("IncrementalNewlineDecoder", PyNewlineDecoder.TYPE);
        return module;
    }

    @PyMethod("($module, /, path)")
    public static Object open_code(ThreadState ts, Object path) {
        if (!(path instanceof String)) {
            throw PyException.typeError("open_code() argument 'path' must be str, not " + Ops.typeName(path));
        }
        return IoOpen.open(ts, path, "rb", -1L, Singleton.NONE, Singleton.NONE, Singleton.NONE, true, Singleton.NONE);
    }

    /** Without UTF-8 mode, None means the locale's encoding. */
    @PyMethod("($module, encoding, stacklevel=2, /)")
    public static Object text_encoding(Object encoding, Object stacklevel) {
        return encoding == Singleton.NONE ? "locale" : encoding;
    }

    /** CPython's RuntimeWarning for buffering=1 in binary mode, through the warnings module when it imports. */
    static void warnLineBufferingInBinaryMode(ThreadState ts) {
        Object warnings;
        try {
            warnings = ts.interp.importer.importName(ts, "warnings", null, new Object[0], 0);
        } catch (PyException e) {
            return;
        }
        Io.callMethod(ts, warnings, "warn", "line buffering (buffering=1) isn't supported in binary mode, the default "
                + "buffer size will be used", Exc.RuntimeWarning, 1L);
    }
}
