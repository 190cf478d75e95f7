package org.pythebo.modules._hashlib;

import org.pythebo.modules.digest.PythonError;

/**
 * {@code hmac.compare_digest} ({@code _hashlib.compare_digest}): equality whose time depends on
 * the length of the second operand only, not on where the operands differ.
 *
 * <p>Stateless; safe from any thread.
 */
public final class CompareDigest {

    private CompareDigest() {}

    /** Whether {@code a} and {@code b} hold the same bytes. */
    public static boolean equal(byte[] a, byte[] b) {
        // With unequal lengths b is compared with itself, so the loop still runs over all of b.
        byte[] left = a.length == b.length ? a : b;
        int difference = a.length ^ b.length;
        for (int i = 0; i < b.length; i++) {
            difference |= left[i] ^ b[i];
        }
        return difference == 0;
    }

    /**
     * The two-str form: both must be ASCII.
     *
     * @throws PythonError CPython's TypeError when either holds a non-ASCII character
     */
    public static boolean equal(String a, String b) {
        return equal(ascii(a), ascii(b));
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                throw new PythonError(
                        PythonError.Type.TYPE_ERROR, "comparing strings with non-ASCII characters is not supported");
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
