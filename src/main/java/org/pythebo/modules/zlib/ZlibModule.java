package org.pythebo.modules.zlib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/**
 * The {@code zlib} module. Deflate itself is the JDK's zlib (Deflater and Inflater in raw mode);
 * the zlib and gzip wrappers around it, their checks and CPython's error texts are here and in
 * {@link PyCompress} and {@link PyDecompress}.
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final int DEFLATED = 8;
    static final int MAX_WBITS = 15;
    static final int DEF_MEM_LEVEL = 8;
    static final int DEF_BUF_SIZE = 16384;
    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
            Z_BLOCK = 5, Z_TREES = 6;
    static final int Z_DEFAULT_STRATEGY = 0, Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;
    static final int Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_BUF_ERROR = -5, Z_NEED_DICT = 2;

    private static final String DOC = """
            The functions in this module allow compression and decompression using the
            zlib library, which is based on GNU zip.

            adler32(string[, start]) -- Compute an Adler-32 checksum.
            compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
            compressobj([level[, ...]]) -- Return a compressor object.
            crc32(string[, start]) -- Compute a CRC-32 checksum.
            decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
            decompressobj([wbits[, zdict]]) -- Return a decompressor object.

            'wbits' is window buffer size and container format.
            Compressor objects support compress() and flush() methods; decompressor
            objects support decompress() and flush().""";

    /** zlib's error class, per interpreter. */
    private static final class State {
        final PyType error = errorType();
    }

    private static PyType errorType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "zlib");
        return new PyType(PyType.TYPE, "error", new PyType[] {Exc.Exception}, ns);
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("zlib", DOC, ZlibModule.class);
        var g = module.globals;
        g.put("error", state(ts.interp).error);
        g.put("MAX_WBITS", (long) MAX_WBITS);
        g.put("DEFLATED", (long) DEFLATED);
        g.put("DEF_MEM_LEVEL", (long) DEF_MEM_LEVEL);
        g.put("DEF_BUF_SIZE", (long) DEF_BUF_SIZE);
        g.put("Z_NO_COMPRESSION", 0L);
        g.put("Z_BEST_SPEED", 1L);
        g.put("Z_BEST_COMPRESSION", 9L);
        g.put("Z_DEFAULT_COMPRESSION", -1L);
        g.put("Z_FILTERED", (long) Z_FILTERED);
        g.put("Z_HUFFMAN_ONLY", (long) Z_HUFFMAN_ONLY);
        g.put("Z_RLE", (long) Z_RLE);
        g.put("Z_FIXED", (long) Z_FIXED);
        g.put("Z_DEFAULT_STRATEGY", (long) Z_DEFAULT_STRATEGY);
        g.put("Z_NO_FLUSH", (long) Z_NO_FLUSH);
        g.put("Z_PARTIAL_FLUSH", (long) Z_PARTIAL_FLUSH);
        g.put("Z_SYNC_FLUSH", (long) Z_SYNC_FLUSH);
        g.put("Z_FULL_FLUSH", (long) Z_FULL_FLUSH);
        g.put("Z_FINISH", (long) Z_FINISH);
        g.put("Z_BLOCK", (long) Z_BLOCK);
        g.put("Z_TREES", (long) Z_TREES);
        g.put("ZLIB_VERSION", Version.ZLIB);
        g.put("ZLIB_RUNTIME_VERSION", Version.ZLIB);
        g.put("__version__", "1.0");
        return module;
    }

    /**
     * The version of the zlib the JDK runs on, from the copyright string its deflate carries
     * (java.util.zip has no API for it); the version the JDK 25 builds bundle otherwise.
     */
    private static final class Version {
        static final String ZLIB = detect();

        private static String detect() {
            Path lib = Path.of(System.getProperty("java.home"), "lib", "libzip.so");
            try (InputStream in = Files.newInputStream(lib)) {
                String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                Matcher m = Pattern.compile(" deflate (\\d+\\.\\d+(?:\\.\\d+)*) Copyright").matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
            } catch (IOException | SecurityException e) {
                // No library file to read (another platform, a stripped image): fall back.
            }
            return "1.3.1";
        }
    }

    /** {@code zlib.error} with CPython's wording: "Error -3 while decompressing data: incorrect header check". */
    static PyException error(int code, String doing, String message) {
        String text = message == null ? "Error " + code + " " + doing : "Error " + code + " " + doing + ": " + message;
        return errorWithText(text);
    }

    static PyException errorWithText(String text) {
        return PyException.of(state(ThreadState.current().interp).error, text);
    }

    /** The message CPython gives a zlib return code when the stream has no message of its own. */
    static String codeMessage(int code) {
        return switch (code) {
            case Z_BUF_ERROR -> "incomplete or truncated stream";
            case Z_STREAM_ERROR -> "inconsistent stream state";
            case Z_DATA_ERROR -> "invalid input data";
            default -> null;
        };
    }

    // ---- checksums ----

    @PyMethod("($module, data, value=1, /)")
    public static Object adler32(PyBuffer data, Object value) {
        return Checksums.adler32(Checksums.maskedUnsigned(value), data.array(), data.offset(), data.length());
    }

    @PyMethod("($module, data, value=0, /)")
    public static Object crc32(PyBuffer data, Object value) {
        return Checksums.crc32(Checksums.maskedUnsigned(value), data.array(), data.offset(), data.length());
    }

    // ---- one-shot compression ----

    @PyMethod("($module, data, /, level=-1, wbits=15)")
    public static Object compress(PyBuffer data, int level, int wbits) {
        Framing framing = Framing.forCompression(wbits);
        if (framing == null || level < -1 || level > 9) {
            throw errorWithText("Bad compression level");
        }
        Deflating d = new Deflating(level, Z_DEFAULT_STRATEGY, framing, null, false);
        return PyBytes.of(d.compressAll(data.array(), data.offset(), data.length()));
    }

    @PyMethod("($module, data, /, wbits=15, bufsize=16384)")
    public static Object decompress(PyBuffer data, int wbits, long bufsize) {
        if (bufsize < 0) {
            throw PyException.valueError("bufsize must be non-negative");
        }
        Framing framing = Framing.forDecompression(wbits);
        if (framing == null) {
            throw error(Z_STREAM_ERROR, "while preparing to decompress data", codeMessage(Z_STREAM_ERROR));
        }
        Inflating in = new Inflating(framing, null, false);
        return PyBytes.of(in.decompressAll(data.array(), data.offset(), data.length()));
    }

    // ---- stream objects ----

    @PyMethod("($module, /, level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=?)")
    public static Object compressobj(int level, int method, int wbits, int memLevel, int strategy, Object zdict) {
        byte[] dict = zdict == null ? null : Convert.buffer(zdict).toArray();
        Framing framing = Framing.forCompression(wbits);
        if (framing == null || level < -1 || level > 9 || method != DEFLATED || memLevel < 1 || memLevel > 9
                || strategy < 0 || strategy > Z_FIXED) {
            throw PyException.valueError("Invalid initialization option");
        }
        if (dict != null && framing.kind() == Framing.GZIP) {
            throw PyException.valueError("Invalid dictionary");
        }
        return new PyCompress(new Deflating(level, strategy, framing, dict, true));
    }

    @PyMethod("($module, /, wbits=15, zdict=?)")
    public static Object decompressobj(int wbits, Object zdict) {
        byte[] dict = null;
        if (zdict != null) {
            PyBuffer b = Convert.bufferOrNull(zdict);
            if (b == null) {
                throw PyException.typeError("zdict argument must support the buffer protocol");
            }
            dict = b.toArray();
        }
        Framing framing = Framing.forDecompression(wbits);
        if (framing == null) {
            throw PyException.valueError("Invalid initialization option");
        }
        return new PyDecompress(new Inflating(framing, dict, true));
    }
}
