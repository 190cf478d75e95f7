package org.pythebo.modules.digest;

import java.util.HexFormat;

/**
 * A running message digest, as a Python hash object sees it.
 *
 * <p>Implementations lock themselves in {@link #update}, {@link #copy} and {@link #digest}, so one
 * object may be fed and read from several threads; the three are atomic with respect to each other.
 * {@link #name}, {@link #digestSize} and {@link #blockSize} read immutable fields.
 */
public interface Digest {

    /** The name CPython reports as {@code hash.name}, e.g. {@code "sha256"} or {@code "md5-sha1"}. */
    String name();

    /** {@code hash.digest_size} in bytes; 0 for the extendable-output functions. */
    int digestSize();

    /** {@code hash.block_size} in bytes (the rate, for the Keccak family). */
    int blockSize();

    /** Absorbs {@code length} bytes of {@code data} starting at {@code offset}. */
    void update(byte[] data, int offset, int length);

    default void update(byte[] data) {
        update(data, 0, data.length);
    }

    /** An independent digest holding the same running state ({@code hash.copy()}). */
    Digest copy();

    /**
     * The digest of everything absorbed so far, in a new array of {@link #digestSize()} bytes; the
     * running state is left as it was, so more may be absorbed afterwards.
     *
     * @throws UnsupportedOperationException for an {@link ExtendableOutputDigest}, which needs a
     *     length
     */
    byte[] digest();

    /** Lower-case hexadecimal of {@code bytes}, as {@code hexdigest()} returns it. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
