package org.pythebo.modules._hashlib;

import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _hashlib.HMAC}: what {@code hmac_new} makes, and what hmac.HMAC wraps when it can. It
 * cannot be subclassed or instantiated from Python.
 */
public final class HmacType {
    private HmacType() {}

    static final String __doc__ = """
            The object used to calculate HMAC of a message.

            Methods:

            update() -- updates the current digest with an additional string
            digest() -- return the current digest value
            hexdigest() -- return the current digest as a string of hexadecimal digits
            copy() -- return a copy of the current hash object

            Attributes:

            name -- the name, including the hash algorithm used by this object
            digest_size -- number of bytes in digest() output
            """;

    static final PyType TYPE = PyType.newBuiltin("_hashlib.HMAC", PyType.OBJECT, HmacType.class,
            PyType.Layout.OBJECT).notSubclassable();

    static {
        TYPE.typeDict().put("__module__", "_hashlib");
    }

    private static final String NAME_PREFIX = "hmac-";

    /** Shows the digest's name without the "hmac-" that {@code name} has. */
    @PyMethod(value = "($self, /)", doc = "Return repr(self).")
    public static Object __repr__(Object self) {
        String name = PyHashObject.self(self).digest().name();
        return "<" + name.substring(NAME_PREFIX.length()) + " HMAC object @ 0x" + Long.toHexString(Ops.id(self)) + ">";
    }

    @PyMethod(value = "($self, /, msg)", doc = "Update the HMAC object with msg.")
    public static Object update(Object self, Object msg) {
        PyHashObject.self(self).update(msg);
        return null;
    }

    @PyMethod(value = "($self, /)", doc = "Return the digest of the bytes passed to the update() method so far.")
    public static Object digest(Object self) {
        return PyHashObject.self(self).digestBytes();
    }

    @PyMethod(value = "($self, /)", doc = """
            Return hexadecimal digest of the bytes passed to the update() method so far.

            This may be used to exchange the value safely in email or other non-binary
            environments.""")
    public static Object hexdigest(Object self) {
        return PyHashObject.self(self).hexdigest();
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy (\"clone\") of the HMAC object.")
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
