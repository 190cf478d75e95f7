package org.pythebo.modules._sha3;

import java.util.List;

import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * The types {@code _sha3.sha3_224}, {@code sha3_256}, {@code sha3_384} and {@code sha3_512}: the
 * JDK's SHA-3 as hash objects with the sponge's parameters ({@code _capacity_bits},
 * {@code _rate_bits}, {@code _suffix}). They cannot be subclassed.
 */
public final class Sha3Type {
    private Sha3Type() {}

    /** One of the four types and the output size in bits it computes. */
    record Variant(PyType type, int bits) {}

    static final List<Variant> VARIANTS = List.of(variant(224), variant(256), variant(384), variant(512));

    /** The domain-separation bits SHA-3 appends to the message (FIPS 202: 01, then the first pad bit). */
    private static final PyBytes SHA3_SUFFIX = PyBytes.of(new byte[] {0x06});

    private static Variant variant(int bits) {
        PyType type = PyType.newBuiltin("_sha3.sha3_" + bits, PyType.OBJECT, Sha3Type.class, PyType.Layout.OBJECT)
                .notSubclassable();
        type.typeDict().put("__module__", "_sha3");
        type.typeDict().put("__doc__", "sha3_" + bits + "([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                + "Return a new SHA3 hash object with a hashbit length of " + bits / 8 + " bytes.");
        return new Variant(type, bits);
    }

    @PyMethod("($type, data=b'', /, *, usedforsecurity=True)")
    public static Object __new__(ThreadState ts, Object cls, Object data, Object usedforsecurity) {
        // CPython takes the flag's truth first (which may fail); the flag changes nothing here.
        Ops.isTrue(ts, usedforsecurity);
        PyBuffer buffer = PyHashObject.data(data);
        for (Variant v : VARIANTS) {
            if (v.type() == cls) {
                PyHashObject hash = new PyHashObject(v.type(), JdkDigest.sha3(v.bits()));
                hash.digest().update(buffer.array(), buffer.offset(), buffer.length());
                return hash;
            }
        }
        throw new IllegalStateException("not a SHA-3 type: " + cls);
    }

    @PyMethod(value = "($self, data, /)", doc = "Update this hash object's state with the provided bytes-like object.")
    public static Object update(Object self, Object data) {
        PyHashObject.self(self).update(data);
        return null;
    }

    @PyMethod(value = "($self, /)", doc = "Return the digest value as a bytes object.")
    public static Object digest(Object self) {
        return PyHashObject.self(self).digestBytes();
    }

    @PyMethod(value = "($self, /)", doc = "Return the digest value as a string of hexadecimal digits.")
    public static Object hexdigest(Object self) {
        return PyHashObject.self(self).hexdigest();
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy of the hash object.")
    public static Object copy(Object self) {
        return PyHashObject.self(self).copy();
    }

    @PyGetter("name")
    public static Object name(Object self) {
        return PyHashObject.self(self).digest().name();
    }

    @PyGetter("digest_size")
    public static Object digestSize(Object self) {
        return (long) PyHashObject.self(self).digest().digestSize();
    }

    @PyGetter("block_size")
    public static Object blockSize(Object self) {
        return (long) PyHashObject.self(self).digest().blockSize();
    }

    @PyGetter("_rate_bits")
    public static Object rateBits(Object self) {
        return 8L * PyHashObject.self(self).digest().blockSize();
    }

    @PyGetter("_capacity_bits")
    public static Object capacityBits(Object self) {
        return 1600L - 8L * PyHashObject.self(self).digest().blockSize();
    }

    @PyGetter("_suffix")
    public static Object suffix(Object self) {
        return SHA3_SUFFIX;
    }
}
