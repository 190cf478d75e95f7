package org.pythebo.modules._blake2;

import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.modules.digest.PythonError;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * The types {@code _blake2.blake2b} and {@code _blake2.blake2s}: BLAKE2 hash objects made with
 * every parameter of the BLAKE2 parameter block. They cannot be subclassed.
 */
public final class Blake2Type {
    private Blake2Type() {}

    static final PyType BLAKE2B = newType("blake2b", "BLAKE2b", Blake2b.SALT_SIZE, Blake2b.PERSON_SIZE,
            Blake2b.MAX_KEY_SIZE, Blake2b.MAX_DIGEST_SIZE);
    static final PyType BLAKE2S = newType("blake2s", "BLAKE2s", Blake2s.SALT_SIZE, Blake2s.PERSON_SIZE,
            Blake2s.MAX_KEY_SIZE, Blake2s.MAX_DIGEST_SIZE);

    private static PyType newType(String name, String title, int saltSize, int personSize, int maxKeySize,
            int maxDigestSize) {
        PyType type = PyType.newBuiltin("_blake2." + name, PyType.OBJECT, Blake2Type.class, PyType.Layout.OBJECT)
                .notSubclassable();
        var dict = type.typeDict();
        dict.put("__module__", "_blake2");
        dict.put("__doc__", "Return a new " + title + " hash object.");
        dict.put("SALT_SIZE", (long) saltSize);
        dict.put("PERSON_SIZE", (long) personSize);
        dict.put("MAX_KEY_SIZE", (long) maxKeySize);
        dict.put("MAX_DIGEST_SIZE", (long) maxDigestSize);
        return type;
    }

    /**
     * {@code blake2b(data=b'', /, *, digest_size=64, key=b'', ...)} (32 and the smaller sizes for
     * blake2s). The arguments are converted in signature order, then checked in CPython's order,
     * then the data is hashed, so the first error is CPython's.
     */
    @PyMethod("($type, data=b'', /, *, digest_size=?, key=b'', salt=b'', person=b'', fanout=1, depth=1,"
            + " leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)")
    public static Object __new__(ThreadState ts, Object cls, Object data, Object digestSize, Object key, Object salt,
            Object person, Object fanout, Object depth, Object leafSize, Object nodeOffset, Object nodeDepth,
            Object innerSize, Object lastNode, Object usedforsecurity) {
        Blake2Parameters parameters = new Blake2Parameters();
        if (digestSize != null) {
            parameters.digestSize(Convert.asInt(ts, digestSize));
        }
        parameters.key(Convert.buffer(key).toArray())
                .salt(Convert.buffer(salt).toArray())
                .person(Convert.buffer(person).toArray())
                .fanout(Convert.asInt(ts, fanout))
                .depth(Convert.asInt(ts, depth))
                .leafSize(Convert.unsignedLongArgument(leafSize))
                .nodeOffset(Convert.unsignedLongLongArgument(nodeOffset))
                .nodeDepth(Convert.asInt(ts, nodeDepth))
                .innerSize(Convert.asInt(ts, innerSize))
                .lastNode(Ops.isTrue(ts, lastNode));
        // CPython takes the flag's truth (which may fail); the flag changes nothing here.
        Ops.isTrue(ts, usedforsecurity);
        Digest digest;
        try {
            digest = cls == BLAKE2B ? Blake2b.create(parameters) : Blake2s.create(parameters);
        } catch (PythonError e) {
            throw PyHashObject.error(e);
        }
        PyBuffer buffer = PyHashObject.data(data);
        digest.update(buffer.array(), buffer.offset(), buffer.length());
        return new PyHashObject((PyType) cls, digest);
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
}
