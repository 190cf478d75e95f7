package org.pythebo.modules._hashlib;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pythebo.modules._blake2.Blake2b;
import org.pythebo.modules._blake2.Blake2s;
import org.pythebo.modules._sha3.Shake;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.PythonError;

/**
 * The digests of {@code hashlib.algorithms_available}, found by the names that
 * {@code _hashlib.new} accepts: the Python names, plus OpenSSL's names, aliases and object
 * identifiers, which OpenSSL matches ignoring case.
 *
 * <p>MD5, SHA-1, SHA-2 and SHA-3 come from the JDK ({@link JdkDigest}); SHAKE from
 * {@code _sha3}'s Keccak sponge, since the JDK offers no extendable output.
 *
 * <p>Stateless; safe from any thread.
 */
public final class HashAlgorithms {

    /** {@code _hashlib.openssl_md_meth_names}, which is also {@code hashlib.algorithms_available}. */
    public static final List<String> AVAILABLE = List.of(
            "blake2b", "blake2s", "md5", "md5-sha1", "ripemd160", "sha1", "sha224", "sha256", "sha384",
            "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512", "sha512_224", "sha512_256",
            "shake_128", "shake_256", "sm3");

    /** Names CPython itself maps to OpenSSL, matched exactly. */
    private static final Map<String, String> EXACT_NAMES = exactNames();
    /** OpenSSL's names, aliases and OIDs, lower-cased, to the Python name. */
    private static final Map<String, String> OPENSSL_NAMES = openSslNames();

    private HashAlgorithms() {}

    private static Map<String, String> exactNames() {
        Map<String, String> names = new HashMap<>();
        for (String name : AVAILABLE) {
            names.put(name, name);
        }
        // CPython accepts these upper-case spellings too (but not, e.g., SHA3_256).
        names.put("SHA512_224", "sha512_224");
        names.put("SHA512_256", "sha512_256");
        return Map.copyOf(names);
    }

    private static Map<String, String> openSslNames() {
        Map<String, String> names = new HashMap<>();
        alias(names, "md5", "md5", "ssl3-md5", "1.2.840.113549.2.5");
        alias(names, "sha1", "sha1", "sha-1", "ssl3-sha1", "1.3.14.3.2.26");
        alias(names, "sha224", "sha224", "sha-224", "sha2-224", "2.16.840.1.101.3.4.2.4");
        alias(names, "sha256", "sha256", "sha-256", "sha2-256", "2.16.840.1.101.3.4.2.1");
        alias(names, "sha384", "sha384", "sha-384", "sha2-384", "2.16.840.1.101.3.4.2.2");
        alias(names, "sha512", "sha512", "sha-512", "sha2-512", "2.16.840.1.101.3.4.2.3");
        alias(names, "sha512_224", "sha512-224", "sha-512/224", "sha2-512/224", "2.16.840.1.101.3.4.2.5");
        alias(names, "sha512_256", "sha512-256", "sha-512/256", "sha2-512/256", "2.16.840.1.101.3.4.2.6");
        alias(names, "sha3_224", "sha3-224", "2.16.840.1.101.3.4.2.7");
        alias(names, "sha3_256", "sha3-256", "2.16.840.1.101.3.4.2.8");
        alias(names, "sha3_384", "sha3-384", "2.16.840.1.101.3.4.2.9");
        alias(names, "sha3_512", "sha3-512", "2.16.840.1.101.3.4.2.10");
        alias(names, "shake_128", "shake128", "shake-128", "2.16.840.1.101.3.4.2.11");
        alias(names, "shake_256", "shake256", "shake-256", "2.16.840.1.101.3.4.2.12");
        alias(names, "blake2b", "blake2b512", "blake2b-512", "1.3.6.1.4.1.1722.12.2.1.16");
        alias(names, "blake2s", "blake2s256", "blake2s-256", "1.3.6.1.4.1.1722.12.2.2.8");
        alias(names, "md5-sha1", "md5-sha1");
        alias(names, "ripemd160", "ripemd160", "ripemd-160", "ripemd", "rmd160", "1.3.36.3.2.1");
        alias(names, "sm3", "sm3", "1.2.156.10197.1.401");
        return Map.copyOf(names);
    }

    private static void alias(Map<String, String> names, String pythonName, String... openSslNames) {
        for (String name : openSslNames) {
            names.put(name, pythonName);
        }
    }

    /** The Python name of the digest {@code _hashlib.new(name)} would make, if it makes one. */
    public static Optional<String> pythonName(String name) {
        String exact = EXACT_NAMES.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(OPENSSL_NAMES.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * A new digest for a name as {@code _hashlib.new}, {@code hmac_new} and {@code pbkdf2_hmac}
     * resolve it (BLAKE2 with its default parameters).
     *
     * @throws PythonError CPython's ValueError for a name OpenSSL does not know
     */
    public static Digest lookup(String name) {
        return factory(name).get();
    }

    /**
     * What makes new digests for {@code name}, resolved once, as {@link #lookup} resolves it.
     *
     * @throws PythonError CPython's ValueError for a name OpenSSL does not know
     */
    public static Supplier<Digest> factory(String name) {
        String pythonName = pythonName(name).orElseThrow(
                () -> PythonError.valueError("[digital envelope routines] unsupported"));
        return () -> create(pythonName);
    }

    /**
     * A new digest for one of the {@link #AVAILABLE} Python names.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Digest create(String pythonName) {
        return switch (pythonName) {
            case "md5" -> JdkDigest.md5();
            case "sha1" -> JdkDigest.sha1();
            case "sha224" -> JdkDigest.sha224();
            case "sha256" -> JdkDigest.sha256();
            case "sha384" -> JdkDigest.sha384();
            case "sha512" -> JdkDigest.sha512();
            case "sha512_224" -> JdkDigest.sha512_224();
            case "sha512_256" -> JdkDigest.sha512_256();
            case "sha3_224" -> JdkDigest.sha3(224);
            case "sha3_256" -> JdkDigest.sha3(256);
            case "sha3_384" -> JdkDigest.sha3(384);
            case "sha3_512" -> JdkDigest.sha3(512);
            case "shake_128" -> Shake.shake128();
            case "shake_256" -> Shake.shake256();
            case "blake2b" -> Blake2b.create();
            case "blake2s" -> Blake2s.create();
            case "md5-sha1" -> new Md5Sha1();
            case "ripemd160" -> new Ripemd160();
            case "sm3" -> new Sm3();
            default -> throw new IllegalArgumentException("no digest named " + pythonName);
        };
    }
}
