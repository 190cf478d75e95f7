package org.pythebo.modules.digest;

import java.util.function.Supplier;

import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyType;

/**
 * The hash types of {@code _md5}, {@code _sha1}, {@code _sha256} and {@code _sha512} ({@code md5},
 * {@code sha1}, {@code sha224}, {@code sha256}, {@code sha384}, {@code sha512}): update, digest,
 * hexdigest, copy and the three attributes, nothing else. Python can neither instantiate nor
 * subclass them; their modules' functions make the instances.
 */
public final class SimpleHashType {
    private SimpleHashType() {}

    /** A new hash type named {@code module.name}. */
    public static PyType newType(String qualifiedName) {
        PyType type = PyType.newBuiltin(qualifiedName, PyType.OBJECT, SimpleHashType.class, PyType.Layout.OBJECT)
                .notSubclassable();
        type.typeDict().put("__module__", qualifiedName.substring(0, qualifiedName.indexOf('.')));
        return type;
    }

    /**
     * A module's constructor ({@code md5(string=b'', *, usedforsecurity=True)}): a new hash object
     * of {@code type} over a new digest, fed {@code string}.
     */
    public static PyHashObject create(PyType type, Supplier<Digest> digest, Object string) {
        // The data is checked before the digest is made, as CPython does.
        var data = PyHashObject.data(string);
        PyHashObject hash = new PyHashObject(type, digest.get());
        hash.digest().update(data.array(), data.offset(), data.length());
        return hash;
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
