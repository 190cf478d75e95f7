package org.pythebo.modules._struct;

import java.util.concurrent.ConcurrentHashMap;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/**
 * The {@code _struct} module: functions that compile their format once and keep it in a
 * per-interpreter cache (as CPython caches up to 100 Struct objects, then starts over), and the
 * checks of buffers and offsets the functions and Struct's methods share.
 */
public final class StructModule {
    private StructModule() {}

    private static final int MAX_CACHE = 100;

    private static final String DOC = """
            Functions to convert between Python values and C structs.
            Python bytes objects are used to hold the data representing the C struct
            and also as format strings (explained below) to describe the layout of data
            in the C struct.

            The optional first format char indicates byte order, size and alignment:
              @: native order, size & alignment (default)
              =: native order, std. size & alignment
              <: little-endian, std. size & alignment
              >: big-endian, std. size & alignment
              !: same as >

            The remaining chars indicate types of args and must match exactly;
            these can be preceded by a decimal repeat count:
              x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
              ?: _Bool (requires C99; if not available, char is used instead)
              h:short; H:unsigned short; i:int; I:unsigned int;
              l:long; L:unsigned long; f:float; d:double; e:half-float.
            Special cases (preceding decimal count indicates length):
              s:string (array of char); p: pascal string (with count byte).
            Special cases (only available in native format):
              n:ssize_t; N:size_t;
              P:an integer type that is wide enough to hold a pointer.
            Special case (not in native mode unless 'long long' in platform C):
              q:long long; Q:unsigned long long
            Whitespace between formats is ignored.

            The variable struct.error is an exception raised on errors.
            """;

    /** What _struct keeps per interpreter: its error class and the compiled formats by format text. */
    private static final class State {
        final PyType error = errorType();
        final ConcurrentHashMap<String, StructFormat> cache = new ConcurrentHashMap<>();
    }

    private static PyType errorType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "struct");
        return new PyType(PyType.TYPE, "error", new PyType[] {Exc.Exception}, ns);
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_struct", DOC, StructModule.class);
        module.globals.put("error", state(ts.interp).error);
        module.globals.put("Struct", PyStruct.TYPE);
        return module;
    }

    /** A struct.error with {@code message}. */
    static PyException error(ThreadState ts, String message) {
        ThreadState t = ts != null ? ts : ThreadState.current();
        return PyException.of(state(t.interp).error, message);
    }

    /**
     * The compiled format of a format argument of the module's functions, from the cache. As in
     * CPython the cache is looked up by the format object first, so an unhashable format fails
     * as unhashable before it fails as not a format.
     */
    static StructFormat cached(ThreadState ts, Object format) {
        State st = state(ts.interp);
        if (format instanceof String s) {
            // Only formats that compiled are cached, and they are ASCII: a hit needs no checks.
            StructFormat hit = st.cache.get(s);
            if (hit != null) {
                return hit;
            }
        }
        String text = StructFormat.text(format);
        if (text == null) {
            Ops.hash(ts, format);
            throw notAFormat(format);
        }
        StructFormat f = st.cache.get(text);
        if (f == null) {
            f = StructFormat.compile(ts, text);
            if (st.cache.size() >= MAX_CACHE) {
                st.cache.clear();
            }
            st.cache.put(text, f);
        }
        return f;
    }

    static PyException notAFormat(Object format) {
        return PyException.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(format));
    }

    // ---- what the functions and Struct's methods share ----

    static Object pack(ThreadState ts, StructFormat f, Object[] args, int from) {
        int given = args.length - from;
        if (given != f.items) {
            throw error(ts, "pack expected " + f.items + " items for packing (got " + given + ")");
        }
        if (f.size > Integer.MAX_VALUE - 8) {
            throw PyException.of(Exc.MemoryError, null);
        }
        byte[] out = new byte[(int) f.size];
        f.pack(ts, args, from, out, 0);
        return PyBytes.of(out);
    }

    /** pack_into(buffer, offset, v1, ...), the arguments from {@code args[from]}. */
    static Object packInto(ThreadState ts, StructFormat f, Object[] args, int from) {
        int given = args.length - from;
        if (given != f.items + 2) {
            if (given == 0) {
                throw error(ts, "pack_into expected buffer argument");
            }
            if (given == 1) {
                throw error(ts, "pack_into expected offset argument");
            }
            throw error(ts, "pack_into expected " + f.items + " items for packing (got " + (given - 2) + ")");
        }
        PyBuffer buf = Convert.bufferOrNull(args[from]);
        if (buf == null || buf.readonly()) {
            throw PyException.typeError("argument must be read-write bytes-like object, not "
                    + Ops.typeName(args[from]));
        }
        long offset = indexOffset(ts, args[from + 1]);
        long len = buf.length();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error(ts, "no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw error(ts, "offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw error(ts, "pack_into requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for packing " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        // As in CPython the bytes are cleared first and written item by item: a value that fails
        // leaves the items before it packed and the rest zero.
        int at = buf.offset() + (int) offset;
        java.util.Arrays.fill(buf.array(), at, at + (int) f.size, (byte) 0);
        f.pack(ts, args, from + 2, buf.array(), at);
        return null;
    }

    /** PyNumber_AsSsize_t(o, IndexError): pack_into's offset. */
    private static long indexOffset(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = Convert.index(ts, o);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.indexError("cannot fit 'int' into an index-sized integer");
    }

    static Object unpack(ThreadState ts, StructFormat f, PyBuffer buf) {
        if (buf.length() != f.size) {
            throw error(ts, "unpack requires a buffer of " + f.size + " bytes");
        }
        return PyTuple.of(f.unpack(buf.array(), buf.offset()));
    }

    static Object unpackFrom(ThreadState ts, StructFormat f, PyBuffer buf, long offset) {
        long len = buf.length();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error(ts, "not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw error(ts, "offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw error(ts, "unpack_from requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for unpacking " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        return PyTuple.of(f.unpack(buf.array(), buf.offset() + (int) offset));
    }

    static Object iterUnpack(ThreadState ts, StructFormat f, PyBuffer buf) {
        if (f.size == 0) {
            throw error(ts, "cannot iteratively unpack with a struct of length 0");
        }
        if (buf.length() % f.size != 0) {
            throw error(ts, "iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new PyUnpackIterator(f, buf.toArrayShared());
    }

    // ---- the module's functions ----

    @PyMethod(value = "($module, *args)", doc = """
            pack(format, v1, v2, ...) -> bytes

            Return a bytes object containing the values v1, v2, ... packed according
            to the format string.  See help(struct) for more on format strings.""")
    public static Object pack(ThreadState ts, Object[] args) {
        if (args.length == 0) {
            throw PyException.typeError("missing format argument");
        }
        return pack(ts, cached(ts, args[0]), args, 1);
    }

    @PyMethod(value = "($module, *args)", doc = """
            pack_into(format, buffer, offset, v1, v2, ...)

            Pack the values v1, v2, ... according to the format string and write
            the packed bytes into the writable buffer buf starting at offset.  Note
            that the offset is a required argument.  See help(struct) for more
            on format strings.""")
    public static Object pack_into(ThreadState ts, Object[] args) {
        if (args.length == 0) {
            throw PyException.typeError("missing format argument");
        }
        return packInto(ts, cached(ts, args[0]), args, 1);
    }

    @PyMethod("($module, format, buffer, /)")
    public static Object unpack(ThreadState ts, Object format, PyBuffer buffer) {
        return unpack(ts, cached(ts, format), buffer);
    }

    @PyMethod("($module, format, /, buffer, offset=0)")
    public static Object unpack_from(ThreadState ts, Object format, PyBuffer buffer, long offset) {
        return unpackFrom(ts, cached(ts, format), buffer, offset);
    }

    @PyMethod("($module, format, buffer, /)")
    public static Object iter_unpack(ThreadState ts, Object format, PyBuffer buffer) {
        return iterUnpack(ts, cached(ts, format), buffer);
    }

    @PyMethod("($module, format, /)")
    public static Object calcsize(ThreadState ts, Object format) {
        return cached(ts, format).size;
    }

    @PyMethod("($module, /)")
    public static Object _clearcache(ThreadState ts) {
        state(ts.interp).cache.clear();
        return null;
    }
}
