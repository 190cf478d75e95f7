package org.pythebo.modules._struct;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * {@code _struct.Struct}: a compiled format. {@code __init__} may run again and replace it, so
 * the format is one volatile reference to an immutable {@link StructFormat}: a method reads it
 * once and works on one format throughout.
 */
public final class PyStruct extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_struct.Struct", PyType.OBJECT, PyStruct.class, PyType.Layout.OBJECT)
            .allowWeakrefs();

    static final String __doc__ = "Struct(fmt) --> compiled struct object\n\n";

    static {
        TYPE.typeDict().put("__module__", "_struct");
    }

    private volatile StructFormat format = StructFormat.UNSET;

    @Override
    public PyType type() { return TYPE; }

    /** Getters receive a subclass's instance itself, methods the Struct inside it. */
    private static StructFormat f(Object self) {
        return ((PyStruct) PyValueInstance.unwrap(self)).format;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyStruct();
    }

    /** Parsed by hand to word its errors as CPython's "Struct()", not by the type's dotted name. */
    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        int nkw = kwargs == null ? 0 : kwargs.size();
        int total = args.length + nkw;
        if (total > 1) {
            throw PyException.typeError("Struct() takes at most 1 " + (args.length == 0 ? "keyword " : "")
                    + "argument (" + total + " given)");
        }
        Object format = args.length == 1 ? args[0] : nkw == 1 ? kwargs.get("format") : null;
        if (format == null) {
            throw PyException.typeError("Struct() missing required argument 'format' (pos 1)");
        }
        String text = StructFormat.text(format);
        if (text == null) {
            throw StructModule.notAFormat(format);
        }
        ((PyStruct) self).format = StructFormat.compile(ts, text);
    }

    @PyGetter("format")
    public static Object format(Object self) { return f(self).format; }

    @PyGetter("size")
    public static Object size(Object self) { return f(self).size; }

    @PyMethod(value = "($self, *args)", doc = """
            S.pack(v1, v2, ...) -> bytes

            Return a bytes object containing values v1, v2, ... packed according
            to the format string S.format.  See help(struct) for more on format
            strings.""")
    public static Object pack(ThreadState ts, Object self, Object[] args) {
        return StructModule.pack(ts, f(self), args, 0);
    }

    @PyMethod(value = "($self, *args)", doc = """
            S.pack_into(buffer, offset, v1, v2, ...)

            Pack the values v1, v2, ... according to the format string S.format
            and write the packed bytes into the writable buffer buf starting at
            offset.  Note that the offset is a required argument.  See
            help(struct) for more on format strings.""")
    public static Object pack_into(ThreadState ts, Object self, Object[] args) {
        return StructModule.packInto(ts, f(self), args, 0);
    }

    @PyMethod("($self, buffer, /)")
    public static Object unpack(ThreadState ts, Object self, PyBuffer buffer) {
        return StructModule.unpack(ts, f(self), buffer);
    }

    @PyMethod("($self, /, buffer, offset=0)")
    public static Object unpack_from(ThreadState ts, Object self, PyBuffer buffer, long offset) {
        return StructModule.unpackFrom(ts, f(self), buffer, offset);
    }

    @PyMethod("($self, buffer, /)")
    public static Object iter_unpack(ThreadState ts, Object self, PyBuffer buffer) {
        return StructModule.iterUnpack(ts, f(self), buffer);
    }

    /** CPython's object plus one 32-byte entry per run of format codes and one ending them. */
    @PyMethod("($self, /)")
    public static Object __sizeof__(Object self) {
        return 56L + 32L * (f(self).runCount() + 1);
    }
}
