package org.pythebo.modules._hashlib;

import java.util.List;
import java.util.function.Supplier;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules._sha3.Shake;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.ExtendableOutputDigest;
import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.PyHashObject;
import org.pythebo.modules.digest.PythonError;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyFrozenSet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.ArgParser;
import org.pythebo.runtime.exposure.PyBuiltinFunction;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyMappingProxy;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _hashlib} module, CPython's OpenSSL side of hashlib and hmac, on the digest cores:
 * {@code new} and the {@code openssl_*} constructors ({@code HASH} and {@code HASHXOF} objects),
 * HMAC ({@code hmac_new}, {@code hmac_digest}), {@code pbkdf2_hmac}, {@code scrypt} and
 * {@code compare_digest}.
 */
public final class HashlibModule {
    private HashlibModule() {}

    /** The Python names of the digests the {@code openssl_*} functions make, in CPython's order. */
    private static final List<String> CONSTRUCTED = List.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
            "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256");
    private static final String CONSTRUCTOR_PREFIX = "openssl_";

    /** What each interpreter has of its own: the module's exception class. */
    private record State(PyType unsupportedDigestmodError) {}

    private static State state(ThreadState ts) {
        return ts.interp.moduleState(State.class, () -> {
            PyDict ns = new PyDict();
            ns.setItem("__module__", "_hashlib");
            return new State(new PyType(PyType.TYPE, "UnsupportedDigestmodError", new PyType[] {Exc.ValueError}, ns));
        });
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_hashlib", "OpenSSL interface for hashlib module",
                HashlibModule.class);
        Globals g = module.globals;
        g.put("HASH", HashType.TYPE);
        g.put("HASHXOF", HashXofType.TYPE);
        g.put("HMAC", HmacType.TYPE);
        g.put("UnsupportedDigestmodError", state(ts).unsupportedDigestmodError());
        g.put("openssl_md_meth_names", PyFrozenSet.of(ts, PyTuple.of(HashAlgorithms.AVAILABLE.toArray())));
        PyDict constructors = new PyDict();
        for (String name : CONSTRUCTED) {
            constructors.setItem(g.get(CONSTRUCTOR_PREFIX + name), name);
        }
        g.put("_constructors", new PyMappingProxy(constructors));
        return module;
    }

    /** A core's refusal as the exception CPython raises. */
    private static PyException error(PythonError e) {
        return PyHashObject.error(e);
    }

    /**
     * A new hash object over a new digest, fed {@code string}: a HASHXOF for SHAKE, a HASH for the
     * others. The data is checked before the digest is made (and its name looked up), as CPython
     * does.
     */
    private static PyHashObject hashObject(ThreadState ts, Supplier<Digest> newDigest, Object string,
            Object usedforsecurity) {
        PyBuffer data = PyHashObject.data(string);
        // CPython takes the flag's truth (which may fail); the flag changes nothing here.
        Ops.isTrue(ts, usedforsecurity);
        Digest digest;
        try {
            digest = newDigest.get();
        } catch (PythonError e) {
            throw error(e);
        }
        digest.update(data.array(), data.offset(), data.length());
        return new PyHashObject(digest instanceof ExtendableOutputDigest ? HashXofType.TYPE : HashType.TYPE, digest);
    }

    @PyMethod(name = "new", value = "($module, /, name, string=b'', *, usedforsecurity=True)", doc = """
            Return a new hash object using the named algorithm.

            An optional string argument may be provided and will be
            automatically hashed.

            The MD5 and SHA1 algorithms are always supported.""")
    public static Object newHash(ThreadState ts, Object name, Object string, Object usedforsecurity) {
        if (!(PyValueInstance.unwrap(name) instanceof String s) || s.indexOf('\0') >= 0) {
            PyHashObject.data(string);
            throw PyException.typeError("name must be a string");
        }
        return hashObject(ts, () -> HashAlgorithms.lookup(s), string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a md5 hash object; optionally initialized with a string")
    public static Object openssl_md5(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::md5, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha1 hash object; optionally initialized with a string")
    public static Object openssl_sha1(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::sha1, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha224 hash object; optionally initialized with a string")
    public static Object openssl_sha224(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::sha224, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha256 hash object; optionally initialized with a string")
    public static Object openssl_sha256(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::sha256, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha384 hash object; optionally initialized with a string")
    public static Object openssl_sha384(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::sha384, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha512 hash object; optionally initialized with a string")
    public static Object openssl_sha512(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, JdkDigest::sha512, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-224 hash object; optionally initialized with a string")
    public static Object openssl_sha3_224(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, () -> JdkDigest.sha3(224), string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-256 hash object; optionally initialized with a string")
    public static Object openssl_sha3_256(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, () -> JdkDigest.sha3(256), string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-384 hash object; optionally initialized with a string")
    public static Object openssl_sha3_384(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, () -> JdkDigest.sha3(384), string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a sha3-512 hash object; optionally initialized with a string")
    public static Object openssl_sha3_512(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, () -> JdkDigest.sha3(512), string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a shake-128 variable hash object; optionally initialized with a string")
    public static Object openssl_shake_128(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, Shake::shake128, string, usedforsecurity);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Returns a shake-256 variable hash object; optionally initialized with a string")
    public static Object openssl_shake_256(ThreadState ts, Object string, Object usedforsecurity) {
        return hashObject(ts, Shake::shake256, string, usedforsecurity);
    }

    /**
     * The digest name an HMAC's {@code digestmod} stands for: a name, or one of this module's
     * {@code openssl_*} constructors (what {@code _constructors} maps); anything else is this
     * module's UnsupportedDigestmodError, which hmac.py answers by computing the HMAC in Python.
     */
    private static String digestName(ThreadState ts, Object digestmod) {
        if (digestmod == null) {
            throw PyException.typeError("Missing required parameter 'digestmod'.");
        }
        if (PyValueInstance.unwrap(digestmod) instanceof String name) {
            return name;
        }
        if (digestmod instanceof PyBuiltinFunction f && f.self instanceof PyModule m && m.name.equals("_hashlib")
                && f.name().startsWith(CONSTRUCTOR_PREFIX)) {
            return f.name().substring(CONSTRUCTOR_PREFIX.length());
        }
        PyType error = state(ts).unsupportedDigestmodError();
        throw new PyException(PyBaseException.create(error, "Unsupported digestmod " + Ops.repr(ts, digestmod)));
    }

    private static Hmac hmac(ThreadState ts, PyBuffer key, Object digestmod) {
        String name = digestName(ts, digestmod);
        try {
            return Hmac.create(key.toArray(), name);
        } catch (PythonError e) {
            throw error(e);
        }
    }

    @PyMethod(value = "($module, /, key, msg=b'', digestmod=?)", doc = "Return a new hmac object.")
    public static Object hmac_new(ThreadState ts, PyBuffer key, Object msg, Object digestmod) {
        PyHashObject hmac = new PyHashObject(HmacType.TYPE, hmac(ts, key, digestmod));
        if (msg != Singleton.NONE) {
            hmac.update(msg);
        }
        return hmac;
    }

    @PyMethod(value = "($module, /, key, msg, digest)", doc = "Single-shot HMAC.")
    public static Object hmac_digest(ThreadState ts, PyBuffer key, PyBuffer msg, Object digest) {
        Hmac hmac = hmac(ts, key, digest);
        hmac.update(msg.array(), msg.offset(), msg.length());
        return PyBytes.of(hmac.digest());
    }

    @PyMethod(value = "($module, /, hash_name, password, salt, iterations, dklen=None)",
            doc = "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.")
    public static Object pbkdf2_hmac(ThreadState ts, String hashName, PyBuffer password, PyBuffer salt,
            Object iterations, Object dklen) {
        long rounds = Convert.asLong(ts, iterations);
        Long keyLength = dklen == Singleton.NONE ? null : Convert.asLong(ts, dklen);
        try {
            return PyBytes.of(Pbkdf2Hmac.derive(hashName, password.toArray(), salt.toArray(), rounds, keyLength));
        } catch (PythonError e) {
            throw error(e);
        }
    }

    /** Argument Clinic's check of scrypt's n, r and p: when given, an int. */
    private static void requireInt(String parameter, Object value) {
        if (value != null && Convert.intValue(value) == null) {
            throw ArgParser.badArgument("scrypt", "argument '" + parameter + "'", "int", value);
        }
    }

    /** scrypt's n, r or p as a C unsigned long; missing, negative or too large, CPython's one TypeError. */
    private static long unsignedParameter(String parameter, Object value) {
        Object v = value == null ? null : Convert.intValue(value);
        if (v instanceof Long l && l >= 0) {
            return l;
        }
        if (v instanceof java.math.BigInteger b && b.signum() >= 0 && b.bitLength() <= 64) {
            return b.longValue();
        }
        throw PyException.typeError(parameter + " is required and must be an unsigned int");
    }

    @PyMethod(value = "($module, /, password, *, salt=?, n=?, r=?, p=?, maxmem=0, dklen=64)",
            doc = "scrypt password-based key derivation function.")
    public static Object scrypt(ThreadState ts, PyBuffer password, Object salt, Object n, Object r, Object p,
            Object maxmem, Object dklen) {
        PyBuffer saltBuffer = salt == null ? null : Convert.buffer(salt);
        requireInt("n", n);
        requireInt("r", r);
        requireInt("p", p);
        long memoryLimit = Convert.asLong(ts, maxmem);
        long keyLength = Convert.asLong(ts, dklen);
        if (saltBuffer == null) {
            throw PyException.typeError("salt is required");
        }
        long cost = unsignedParameter("n", n);
        long blockSize = unsignedParameter("r", r);
        long parallelism = unsignedParameter("p", p);
        try {
            return PyBytes.of(Scrypt.derive(password.toArray(), saltBuffer.toArray(), cost, blockSize, parallelism,
                    memoryLimit, keyLength));
        } catch (PythonError e) {
            throw error(e);
        }
    }

    @PyMethod(value = "($module, a, b, /)", doc = """
            Return 'a == b'.

            This function uses an approach designed to prevent
            timing analysis, making it appropriate for cryptography.

            a and b must both be of the same type: either str (ASCII only),
            or any bytes-like object.

            Note: If a and b are of different lengths, or if an error occurs,
            a timing attack could theoretically reveal information about the
            types and lengths of a and b--but not their values.""")
    public static Object compare_digest(Object a, Object b) {
        if (PyValueInstance.unwrap(a) instanceof String x && PyValueInstance.unwrap(b) instanceof String y) {
            try {
                return CompareDigest.equal(x, y);
            } catch (PythonError e) {
                throw error(e);
            }
        }
        if (Convert.bufferOrNull(a) == null && Convert.bufferOrNull(b) == null) {
            throw PyException.typeError("unsupported operand types(s) or combination of types: '" + Ops.typeName(a)
                    + "' and '" + Ops.typeName(b) + "'");
        }
        return CompareDigest.equal(Convert.buffer(a).toArray(), Convert.buffer(b).toArray());
    }

    @PyMethod(value = "($module, /)", doc = """
            Determine the OpenSSL FIPS mode of operation.

            For OpenSSL 3.0.0 and newer it returns the state of the default provider
            in the default OSSL context. It's not quite the same as FIPS_mode() but good
            enough for unittests.

            Effectively any non-zero return value indicates FIPS mode;
            values other than 1 may have additional significance.""")
    public static Object get_fips_mode() {
        return 0L;
    }
}
