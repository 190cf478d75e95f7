package org.pythebo.modules.array;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** The {@code array} module: the array type and the reconstructor its pickles call. */
public final class ArrayModule {
    private ArrayModule() {}

    private static final String DOC = """
            This module defines an object type which can efficiently represent
            an array of basic values: characters, integers, floating point
            numbers.  Arrays are sequence types and behave very much like lists,
            except that the type of objects stored in them is constrained.
            """;

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("array", DOC, ArrayModule.class);
        module.globals.put("array", PyArray.TYPE);
        module.globals.put("ArrayType", PyArray.TYPE);
        module.globals.put("typecodes", TypeCode.CODES);
        // As CPython's array module does when it loads: arrays are MutableSequences.
        Object abc = ts.interp.importer.importName(ts, "collections.abc", null, new Object[] {"MutableSequence"}, 0);
        Ops.callMethod(ts, Ops.getAttr(ts, abc, "MutableSequence"), "register", PyArray.TYPE);
        return module;
    }

    /** array._array_reconstructor as the interpreter's array module has it (pickles name it). */
    static Object reconstructor(ThreadState ts) {
        Object module = ts.interp.importer.importName(ts, "array", null, new Object[0], 0);
        return Ops.getAttr(ts, module, "_array_reconstructor");
    }

    /**
     * The item sizes of the machine formats of pickled items (UNSIGNED_INT8 = 0 ... UTF32_BE =
     * 21). CPython's table gives UTF-16 items 4 bytes and UTF-32 items 8, and checks lengths by it.
     */
    private static final int[] FORMAT_SIZE = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8};

    private static boolean formatSigned(int code) {
        return code <= 13 && (code == 1 || code >= 2 && (code - 2) % 4 >= 2);
    }

    private static boolean formatBigEndian(int code) {
        return code >= 2 && code % 2 == 1;
    }

    /**
     * Makes an array of {@code arraytype} from a pickle's bytes. Items in the typecode's own
     * machine format are taken as they are; others are decoded (integers into the typecode of
     * their size and signedness, floats and characters by their format) and converted.
     */
    @PyMethod("($module, arraytype, typecode, mformat_code, items, /)")
    public static Object _array_reconstructor(ThreadState ts, Object arraytype, Object typecode, int mformat_code,
                                              Object items) {
        if (!(arraytype instanceof PyType type)) {
            throw PyException.typeError("first argument must be a type object, not " + Ops.typeName(arraytype));
        }
        if (!type.isSubtypeOf(PyArray.TYPE)) {
            throw PyException.typeError(type.name + " is not a subtype of array.array");
        }
        int c = PyArray.unicodeChar(typecode, "_array_reconstructor() argument 2");
        TypeCode tc = TypeCode.of(c);
        if (tc == null) {
            throw PyException.valueError("second argument must be a valid type code");
        }
        if (mformat_code < 0 || mformat_code > 21) {
            throw PyException.valueError("third argument must be a valid machine format code.");
        }
        if (!(PyValueInstance.unwrap(items) instanceof PyBytes bytes)) {
            throw PyException.typeError("fourth argument should be bytes, not " + Ops.typeName(items));
        }
        if (mformat_code == tc.mformat) {
            return build(ts, type, c, bytes);
        }
        byte[] b = bytes.value();
        int size = FORMAT_SIZE[mformat_code];
        if (b.length % size != 0) {
            throw PyException.valueError("string length not a multiple of item size");
        }
        ByteBuffer in = ByteBuffer.wrap(b).order(formatBigEndian(mformat_code) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int n = b.length / size;
        if (mformat_code >= 18) {
            String s = new String(b, switch (mformat_code) {
                case 18 -> StandardCharsets.UTF_16LE;
                case 19 -> StandardCharsets.UTF_16BE;
                case 20 -> java.nio.charset.Charset.forName("UTF-32LE");
                default -> java.nio.charset.Charset.forName("UTF-32BE");
            });
            return build(ts, type, c, s);
        }
        Object[] values = new Object[n];
        if (mformat_code >= 14) {
            for (int i = 0; i < n; i++) {
                values[i] = size == 4 ? (double) in.getFloat() : in.getDouble();
            }
            return build(ts, type, c, new PyList(values));
        }
        boolean signed = formatSigned(mformat_code);
        // The last integer typecode of the item's size and signedness, as CPython's search ends on it.
        TypeCode match = null;
        for (TypeCode t : TypeCode.all()) {
            if (t.isInteger && t.size == size && t.signed == signed) {
                match = t;
            }
        }
        TypeCode t = match;
        for (int i = 0; i < n; i++) {
            long v = switch (size) {
                case 1 -> signed ? in.get() : in.get() & 0xff;
                case 2 -> signed ? in.getShort() : in.getShort() & 0xffff;
                case 4 -> signed ? in.getInt() : in.getInt() & 0xffffffffL;
                default -> in.getLong();
            };
            values[i] = t.box(v);
        }
        return build(ts, type, t.code, new PyList(values));
    }

    /** As array.array(code, initial) would make it, for the subclass too, but without running any __init__ (as CPython). */
    private static Object build(ThreadState ts, PyType type, int code, Object initial) {
        PyArray a = PyArray.make(ts, code, initial);
        return type == PyArray.TYPE ? a : new PyValueInstance(type, a);
    }
}
