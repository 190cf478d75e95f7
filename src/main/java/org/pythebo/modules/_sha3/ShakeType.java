package org.pythebo.modules._sha3;

import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.modules.digest.PythonError;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * The types {@code _sha3.shake_128} and {@code _sha3.shake_256}: SHAKE as hash objects whose
 * {@code digest} and {@code hexdigest} take the output length. They cannot be subclassed.
 */
public final class ShakeType {
    private ShakeType() {}

    static final PyType SHAKE_128 = newType(128);
    static final PyType SHAKE_256 = newType(256);

    private static PyType newType(int bits) {
        PyType type = PyType.newBuiltin("_sha3.shake_" + bits, PyType.OBJECT, ShakeType.class, PyType.Layout.OBJECT)
                .notSubclassable();
        type.typeDict().put("__module__", "_sha3");
        type.typeDict().put("__doc__", "shake_" + bits + "([data], *, usedforsecurity=True) -> SHAKE object\n\n"
                + "Return a new SHAKE hash object.");
        return type;
    }

    private static Shake shake(Object self) {
        return (Shake) PyHashObject.self(self).digest();
    }

    @PyMethod("($type, data=b'', /, *, usedforsecurity=True)")
    public static Object __new__(ThreadState ts, Object cls, Object data, Object usedforsecurity) {
        // CPython takes the flag's truth first (which may fail); the flag changes nothing here.
        Ops.isTrue(ts, usedforsecurity);
        PyBuffer buffer = PyHashObject.data(data);
        Shake shake = cls == SHAKE_128 ? Shake.shake128() : Shake.shake256();
        shake.update(buffer.array(), buffer.offset(), buffer.length());
        return new PyHashObject((PyType) cls, shake);
    }

    @PyMethod(value = "($self, data, /)", doc = "Update this hash object's state with the provided bytes-like object.")
    public static Object update(Object self, Object data) {
        PyHashObject.self(self).update(data);
        return null;
    }

    /** The length {@code digest(length)} asks for: a C unsigned long that _sha3 then limits. */
    private static int outputLength(Object length) {
        long bits = Convert.unsignedLongArgument(length);
        try {
            // Past 2**63 the unsigned value reads negative here; it is too large all the same.
            return Shake.sha3ModuleOutputLength(bits < 0 ? Long.MAX_VALUE : bits);
        } catch (PythonError e) {
            throw PyHashObject.error(e);
        }
    }

    @PyMethod(value = "($self, length, /)", doc = "Return the digest value as a bytes object.")
    public static Object digest(Object self, Object length) {
        return PyBytes.of(PyHashObject.self(self).digest(outputLength(length)));
    }

    @PyMethod(value = "($self, length, /)", doc = "Return the digest value as a string of hexadecimal digits.")
    public static Object hexdigest(Object self, Object length) {
        return Digest.hex(PyHashObject.self(self).digest(outputLength(length)));
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy of the hash object.")
    public static Object copy(Object self) {
        return PyHashObject.self(self).copy();
    }

    @PyGetter("name")
    public static Object name(Object self) {
        return shake(self).name();
    }

    @PyGetter("digest_size")
    public static Object digestSize(Object self) {
        return 0L;
    }

    @PyGetter("block_size")
    public static Object blockSize(Object self) {
        return (long) shake(self).blockSize();
    }

    @PyGetter("_rate_bits")
    public static Object rateBits(Object self) {
        return (long) shake(self).rateBits();
    }

    @PyGetter("_capacity_bits")
    public static Object capacityBits(Object self) {
        return (long) shake(self).capacityBits();
    }

    @PyGetter("_suffix")
    public static Object suffix(Object self) {
        return PyBytes.of(new byte[] {shake(self).suffix()});
    }
}
