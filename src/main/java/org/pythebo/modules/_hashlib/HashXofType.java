package org.pythebo.modules._hashlib;

import org.pythebo.modules._sha3.Shake;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.modules.digest.PythonError;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _hashlib.HASHXOF}, a {@code HASH} for the extendable-output digests (SHAKE), whose
 * {@code digest} and {@code hexdigest} take the output length.
 */
public final class HashXofType {
    private HashXofType() {}

    static final String __doc__ = """
            A hash is an object used to calculate a checksum of a string of information.

            Methods:

            update() -- updates the current digest with an additional string
            digest(length) -- return the current digest value
            hexdigest(length) -- return the current digest as a string of hexadecimal digits
            copy() -- return a copy of the current hash object

            Attributes:

            name -- the hash algorithm being used by this object
            digest_size -- number of bytes in this hashes output""";

    static final PyType TYPE = PyType.newBuiltin("_hashlib.HASHXOF", HashType.TYPE, HashXofType.class,
            PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "_hashlib");
    }

    private static byte[] output(Object self, long length, boolean forHex) {
        try {
            return PyHashObject.self(self).digest(Shake.hashlibOutputLength(length, forHex));
        } catch (PythonError e) {
            throw PyHashObject.error(e);
        }
    }

    @PyMethod(value = "($self, /, length)", doc = "Return the digest value as a bytes object.")
    public static Object digest(Object self, long length) {
        return PyBytes.of(output(self, length, false));
    }

    @PyMethod(value = "($self, /, length)", doc = "Return the digest value as a string of hexadecimal digits.")
    public static Object hexdigest(Object self, long length) {
        return Digest.hex(output(self, length, true));
    }

    @PyGetter("digest_size")
    public static Object digestSize(Object self) {
        return 0L;
    }
}
