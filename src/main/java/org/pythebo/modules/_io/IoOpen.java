package org.pythebo.modules._io;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/** {@code open()}: CPython's argument checks and mode parsing, then a FileIO, a buffered layer and a TextIOWrapper as the mode asks. */
public final class IoOpen {
    private IoOpen() {}

    private static String strOrNone(Object o, String param) {
        if (o == Singleton.NONE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PyException.typeError("open() argument '" + param + "' must be str or None, not " + Ops.typeName(o));
    }

    /** The built-in {@code open()} (and {@code io.open}). */
    public static Object open(ThreadState ts, Object file, Object modeArg, Object bufferingArg, Object encodingArg,
            Object errorsArg, Object newlineArg, Object closefdArg, Object opener) {
        if (!(modeArg instanceof String mode)) {
            throw PyException.typeError("open() argument 'mode' must be str, not " + Ops.typeName(modeArg));
        }
        if (bufferingArg instanceof Double) {
            throw PyException.typeError("'float' object cannot be interpreted as an integer");
        }
        long buffering = Convert.asInt(ts, bufferingArg);
        String encoding = strOrNone(encodingArg, "encoding");
        String errors = strOrNone(errorsArg, "errors");
        String newline = strOrNone(newlineArg, "newline");
        // A path-like object opens as the path its __fspath__ gives, which becomes the file's name.
        Object path = file;
        if (!(file instanceof String) && !(file instanceof PyBytes) && Convert.intValue(file) == null
                && Ops.type(file).lookup("__index__") == null) {
            path = PyFileIO.fsPath(ts, file);
        }
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw PyException.valueError("invalid mode: '" + mode + "'");
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw PyException.valueError("invalid mode: '" + mode + "'");
            }
        }
        if (text && binary) {
            throw PyException.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyException.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyException.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyException.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyException.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            IoModule.warnLineBufferingInBinaryMode(ts);
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        PyFileIO raw = new PyFileIO(PyFileIO.TYPE);
        PyFileIO.__init__(ts, raw, path, rawMode, closefdArg, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.isatty())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = (long) PyFileIO.blksize(raw);
            }
            if (buffering == 0) {
                if (binary) {
                    Runnable closer = raw.channelCloser();
                    if (closer != null) {
                        OpenFiles.of(ts.interp).watch(raw, closer);
                    }
                    return raw;
                }
                throw PyException.valueError("can't have unbuffered text I/O");
            }
            PyBufferedIO buffer = new PyBufferedIO(raw, (int) buffering);
            buffer.track(OpenFiles.of(ts.interp), raw.fileKey);
            if (binary) {
                return buffer;
            }
            PyTextIO wrapper = new PyTextIO(ts, buffer, encoding, errors, newline, lineBuffering);
            Ops.setAttr(ts, wrapper, "mode", mode);
            return wrapper;
        } catch (PyException e) {
            raw.closeRaw();
            throw e;
        }
    }
}
