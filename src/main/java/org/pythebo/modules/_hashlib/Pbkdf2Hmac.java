package org.pythebo.modules._hashlib;

import java.util.function.Supplier;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.PythonError;

/**
 * PBKDF2 with HMAC (RFC 8018, section 5.2), as {@code hashlib.pbkdf2_hmac}, with CPython's
 * checks of the iteration count and key length.
 *
 * <p>Stateless; safe from any thread.
 */
public final class Pbkdf2Hmac {

    private Pbkdf2Hmac() {}

    /**
     * {@code hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen)}.
     *
     * @param iterations the C long CPython converts {@code iterations} to
     * @param keyLength the C long of {@code dklen}, or null for None (the digest size)
     * @throws PythonError CPython's error, checked in its order: the name, the iterations, the
     *     key length, then an extendable-output digest
     */
    public static byte[] derive(String digestName, byte[] password, byte[] salt, long iterations, Long keyLength) {
        return derive(HashAlgorithms.factory(digestName), password, salt, iterations, keyLength);
    }

    /** The same over digests from {@code digestFactory}. */
    public static byte[] derive(
            Supplier<? extends Digest> digestFactory, byte[] password, byte[] salt, long iterations, Long keyLength) {
        if (iterations < 1) {
            throw PythonError.valueError("iteration value must be greater than 0.");
        }
        if (iterations > Integer.MAX_VALUE) {
            throw PythonError.overflowError("iteration value is too great.");
        }
        Digest prototype = digestFactory.get();
        if (keyLength == null) {
            // OpenSSL gives SHAKE a default length, so it is refused below for what it is.
            Hmac.requireFixedOutput(prototype);
        }
        long length = keyLength == null ? prototype.digestSize() : keyLength;
        if (length < 1) {
            throw PythonError.valueError("key length must be greater than 0.");
        }
        if (length > Integer.MAX_VALUE) {
            throw PythonError.overflowError("key length is too great.");
        }
        Hmac.requireFixedOutput(prototype);
        return deriveChecked(Hmac.create(password, digestFactory), salt, (int) iterations, (int) length);
    }

    /** PBKDF2 with an HMAC already keyed with the password; arguments already checked. */
    static byte[] deriveChecked(Hmac keyed, byte[] salt, int iterations, int length) {
        int blockLength = keyed.digestSize();
        byte[] derived = new byte[length];
        for (int block = 1, written = 0; written < length; block++, written += blockLength) {
            Hmac first = keyed.copy();
            first.update(salt);
            first.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = first.digest();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                Hmac next = keyed.copy();
                next.update(u);
                u = next.digest();
                for (int j = 0; j < blockLength; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, derived, written, Math.min(blockLength, length - written));
        }
        return derived;
    }
}
