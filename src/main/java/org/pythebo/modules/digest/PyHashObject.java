package org.pythebo.modules.digest;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * A Python hash object: a running {@link Digest} shown as one of the hash types of {@code _md5},
 * {@code _sha1}, {@code _sha256}, {@code _sha512}, {@code _sha3}, {@code _blake2} and
 * {@code _hashlib}. Those types differ in their names and in which methods they expose, not in
 * what the methods do, so each type's declaring class calls the behaviour here.
 *
 * <p>Thread safety: the digest locks itself in update, copy and digest, so threads may feed and
 * read one hash object at once; no lock is held while Python code runs (the data's buffer is
 * taken before the digest is locked).
 */
public final class PyHashObject extends PyObject {
    private final PyType type;
    private final Digest digest;

    public PyHashObject(PyType type, Digest digest) {
        this.type = type;
        this.digest = digest;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The receiver of a hash type's method, which only ever receives hash objects. */
    public static PyHashObject self(Object self) {
        return (PyHashObject) self;
    }

    public Digest digest() {
        return digest;
    }

    /**
     * The bytes of an argument to hash: any bytes-like object; a str or anything else is refused
     * with the TypeError CPython's hash objects give (not the usual bytes-like wording).
     */
    public static PyBuffer data(Object data) {
        PyBuffer buffer = Convert.bufferOrNull(data);
        if (buffer != null) {
            return buffer;
        }
        if (PyValueInstance.unwrap(data) instanceof String) {
            throw PyException.typeError("Strings must be encoded before hashing");
        }
        throw PyException.typeError("object supporting the buffer API required");
    }

    /** {@code update(data)}. */
    public void update(Object data) {
        PyBuffer buffer = data(data);
        digest.update(buffer.array(), buffer.offset(), buffer.length());
    }

    /** {@code digest()} of a fixed-size digest. */
    public PyBytes digestBytes() {
        return PyBytes.of(digest.digest());
    }

    /** {@code hexdigest()} of a fixed-size digest. */
    public String hexdigest() {
        return Digest.hex(digest.digest());
    }

    /** {@code copy()}: a hash object of the same type with the same running state. */
    public PyHashObject copy() {
        return new PyHashObject(type, digest.copy());
    }

    /** The output of an extendable-output digest, {@code length} bytes checked by the caller. */
    public byte[] digest(int length) {
        return ((ExtendableOutputDigest) digest).digest(length);
    }

    /** A core's refusal of an argument as the Python exception CPython raises for it. */
    public static PyException error(PythonError e) {
        PyType type = switch (e.type()) {
            case VALUE_ERROR -> Exc.ValueError;
            case OVERFLOW_ERROR -> Exc.OverflowError;
            case TYPE_ERROR -> Exc.TypeError;
            case SYSTEM_ERROR -> Exc.SystemError;
            case MEMORY_ERROR -> Exc.MemoryError;
        };
        String message = e.getMessage();
        return new PyException(PyBaseException.create(type, message.isEmpty() ? null : message));
    }
}
