package org.pythebo.modules._hashlib;

import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _hashlib.HASH}: what {@code _hashlib.new} and the {@code openssl_*} constructors make
 * for a fixed-size digest, and hashlib's md5, sha1, sha256, ... Python may subclass it but cannot
 * make instances ("cannot create ... instances").
 */
public final class HashType {
    private HashType() {}

    static final String __doc__ = """
            A hash is an object used to calculate a checksum of a string of information.

            Methods:

            update() -- updates the current digest with an additional string
            digest() -- return the current digest value
            hexdigest() -- return the current digest as a string of hexadecimal digits
            copy() -- return a copy of the current hash object

            Attributes:

            name -- the hash algorithm being used by this object
            digest_size -- number of bytes in this hashes output""";

    static final PyType TYPE = PyType.newBuiltin("_hashlib.HASH", PyType.OBJECT, HashType.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "_hashlib");
    }

    @PyMethod(value = "($self, /)", doc = "Return repr(self).")
    public static Object __repr__(Object self) {
        return "<" + PyHashObject.self(self).digest().name() + " " + Ops.type(self).name + " object @ 0x"
                + Long.toHexString(Ops.id(self)) + ">";
    }

    @PyMethod(value = "($self, obj, /)", doc = "Update this hash object's state with the provided string.")
    public static Object update(Object self, Object obj) {
        PyHashObject.self(self).update(obj);
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
