package org.pythebo.runtime.text;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * An interpreter's codec registry (CPython's codecs.c): the search functions, the cache of what
 * they found by normalized encoding name, and the error handlers by name. The first lookup or
 * registration imports the Lib's {@code encodings} package, whose search function finds the
 * codecs the Lib ships; CPython does that at start-up.
 *
 * <p>Threads share it: the search functions are an array replaced whole under the registry's
 * lock, the cache and the error handlers are concurrent maps, and no lock is held while Python
 * code (a search function, the import) runs.
 */
public final class CodecRegistry {
    private volatile Object[] searchFunctions = new Object[0];
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> errorHandlers = new ConcurrentHashMap<>(ErrorHandlers.standardHandlers());
    /** The encodings package has been imported. */
    private volatile boolean initialized;

    /** The registry of the interpreter {@code ts} runs in. */
    public static CodecRegistry of(ThreadState ts) {
        return (ts == null ? ThreadState.current() : ts).interp.moduleState(CodecRegistry.class, CodecRegistry::new);
    }

    /**
     * Imports encodings once; its body registers its search function through {@link #register},
     * which comes back here and gets the part-initialised module from the import system, as a
     * circular import does. Another thread arriving meanwhile waits for the import to finish.
     */
    private void initialize(ThreadState ts) {
        if (!initialized) {
            ts.interp.importer.importName(ts, "encodings", null, new Object[0], 0);
            initialized = true;
        }
    }

    /** codecs.register: search functions are tried in the order they were registered. */
    public void register(ThreadState ts, Object searchFunction) {
        if (!Ops.isCallable(searchFunction)) {
            throw PyException.typeError("argument must be callable");
        }
        initialize(ts);
        synchronized (this) {
            Object[] old = searchFunctions;
            Object[] functions = Arrays.copyOf(old, old.length + 1);
            functions[old.length] = searchFunction;
            searchFunctions = functions;
        }
    }

    /** codecs.unregister: removes the function if registered, and empties the cache. */
    public void unregister(Object searchFunction) {
        synchronized (this) {
            Object[] old = searchFunctions;
            for (int i = 0; i < old.length; i++) {
                if (old[i] == searchFunction) {
                    Object[] functions = new Object[old.length - 1];
                    System.arraycopy(old, 0, functions, 0, i);
                    System.arraycopy(old, i + 1, functions, i, old.length - i - 1);
                    searchFunctions = functions;
                    cache.clear();
                    return;
                }
            }
        }
    }

    /**
     * CPython's normalization of an encoding name before the search: ASCII letters lower-cased,
     * letters, digits and dots kept, and each run of other characters between two kept ones made
     * one underscore (non-ASCII characters count as other characters).
     */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punctuation = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punctuation && !sb.isEmpty()) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punctuation = false;
            } else {
                punctuation = true;
            }
        }
        return sb.toString();
    }

    /** codecs.lookup: the CodecInfo (a 4-tuple) of an encoding, or LookupError. */
    public Object lookup(ThreadState ts, String encoding) {
        String key = normalize(encoding);
        Object info = cache.get(key);
        if (info != null) {
            return info;
        }
        initialize(ts);
        for (Object function : searchFunctions) {
            Object result = Ops.call(ts, function, key);
            if (result == Singleton.NONE) {
                continue;
            }
            PyTuple t = Codecs.tupleOrNull(result);
            if (t == null || t.size() != 4) {
                throw PyException.typeError("codec search functions must return 4-tuples");
            }
            cache.put(key, result);
            return result;
        }
        throw PyException.of(Exc.LookupError, "unknown encoding: " + encoding);
    }

    /**
     * The CodecInfo of a text encoding: LookupError naming {@code alternative} ("codecs.encode()")
     * for a codec that marks itself as not one (hex, rot13, zlib, ...).
     */
    public Object lookupText(ThreadState ts, String encoding, String alternative) {
        Object info;
        try {
            info = lookup(ts, encoding);
        } catch (PyException e) {
            if (e.exc.matches(Exc.LookupError) && isUnimportableBinaryCodec(encoding)) {
                throw notText(encoding, alternative);
            }
            throw e;
        }
        if (!(info instanceof PyTuple)) {
            Object isText = Ops.lookupAttr(ts, info, "_is_text_encoding");
            if (isText != null && !Ops.isTrue(ts, isText)) {
                throw notText(encoding, alternative);
            }
        }
        return info;
    }

    private static PyException notText(String encoding, String alternative) {
        return PyException.of(Exc.LookupError, "'" + encoding + "' is not a text encoding; use " + alternative
                + " to handle arbitrary codecs");
    }

    /**
     * The Lib's bytes-to-bytes codec whose module cannot be imported here yet (bz2_codec needs
     * _bz2): CPython always finds it and reports it as not a text encoding, which is what
     * str.encode and bytes.decode say of it too.
     */
    private static boolean isUnimportableBinaryCodec(String encoding) {
        return switch (normalize(encoding).replace('-', '_')) {
            case "bz2", "bz2_codec" -> true;
            default -> false;
        };
    }

    /**
     * Calls the encoder (index 0) or decoder (1) of {@code info} on {@code object}, with
     * {@code errors} when given, and returns the first item of the (object, length) pair it
     * returns. An exception from the codec comes out as CPython's "encoding with 'x' codec failed
     * (...)" where CPython rewraps it.
     */
    public static Object call(ThreadState ts, Object info, int which, Object object, String encoding, String errors) {
        Object coder = Codecs.tupleOrNull(info).get(which);
        Object result;
        try {
            result = errors == null ? Ops.call(ts, coder, object) : Ops.call(ts, coder, object, errors);
        } catch (PyException e) {
            throw wrap(ts, e, which == 0 ? "encoding" : "decoding", encoding);
        }
        PyTuple t = Codecs.tupleOrNull(result);
        if (t == null || t.size() != 2) {
            throw PyException.typeError(which == 0 ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    /** The exception types with more state than BaseException's, which CPython never rewraps. */
    private static final PyType[] STATEFUL = {Exc.SystemExit, Exc.StopIteration, Exc.NameError, Exc.AttributeError,
        Exc.ImportError, Exc.OSError, Exc.SyntaxError, Exc.UnicodeEncodeError, Exc.UnicodeDecodeError,
        Exc.UnicodeTranslateError, Exc.BaseExceptionGroup};

    /**
     * CPython's rewrapping of a codec's exception: an exception whose type keeps no state beyond
     * BaseException's (its own __new__ and __init__ too, so a class statement's plain subclass
     * qualifies), whose args are empty or one str, and whose instance dict is empty, becomes a new
     * one of the same type whose message names the operation and the codec, caused by the
     * original; any other passes unchanged.
     */
    private static PyException wrap(ThreadState ts, PyException e, String operation, String encoding) {
        PyBaseException original = e.exc;
        PyType type = original.type();
        PyTuple args = original.args;
        if (original.dict().size() != 0 || args.size() > 1 || args.size() == 1 && !(args.get(0) instanceof String)
                || type.lookup("__init__") != Exc.BaseException.lookup("__init__")
                || type.lookup("__new__") != Exc.BaseException.lookup("__new__")) {
            return e;
        }
        for (PyType stateful : STATEFUL) {
            if (type.isSubtypeOf(stateful)) {
                return e;
            }
        }
        String text;
        try {
            text = Ops.str(ts, original);
        } catch (PyException ignored) {
            return e;
        }
        PyBaseException wrapped = PyBaseException.create(type, operation + " with " + Repr.str(encoding)
                + " codec failed (" + type.name + ": " + text + ")");
        PyBaseException.setCause(wrapped, original);
        wrapped.setTracebackEntries(original.traceback);
        return new PyException(wrapped);
    }

    /** codecs.lookup_error. */
    public Object lookupError(String name) {
        Object handler = errorHandlers.get(name);
        if (handler == null) {
            throw PyException.of(Exc.LookupError, "unknown error handler name '" + name + "'");
        }
        return handler;
    }

    /** codecs.register_error. */
    public void registerError(String name, Object handler) {
        if (!Ops.isCallable(handler)) {
            throw PyException.typeError("handler must be callable");
        }
        errorHandlers.put(name, handler);
    }
}
