package org.pythebo.modules._sha3;

import java.util.Objects;
import org.pythebo.modules.digest.ExtendableOutputDigest;
import org.pythebo.modules.digest.PythonError;

/**
 * SHAKE128 and SHAKE256 (FIPS 202), the extendable-output functions behind
 * {@code hashlib.shake_128} and {@code hashlib.shake_256}.
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest(int)} lock this object.
 */
public final class Shake implements ExtendableOutputDigest {

    /** The longest output Java can hold in one array. */
    public static final int MAX_OUTPUT_LENGTH = Integer.MAX_VALUE - 8;

    /** {@code _sha3}'s own SHAKE objects refuse lengths from 2**29 on. */
    private static final long SHA3_MODULE_LENGTH_LIMIT = 1L << 29;

    private final int securityBits;
    private final KeccakSponge sponge;

    private Shake(int securityBits, KeccakSponge sponge) {
        this.securityBits = securityBits;
        this.sponge = sponge;
    }

    public static Shake shake128() {
        return new Shake(128, new KeccakSponge(168, KeccakSponge.SHAKE_SUFFIX));
    }

    public static Shake shake256() {
        return new Shake(256, new KeccakSponge(136, KeccakSponge.SHAKE_SUFFIX));
    }

    @Override
    public String name() {
        return "shake_" + securityBits;
    }

    @Override
    public int digestSize() {
        return 0;
    }

    @Override
    public int blockSize() {
        return sponge.rateBytes();
    }

    public int rateBits() {
        return sponge.rateBytes() * 8;
    }

    public int capacityBits() {
        return 1600 - rateBits();
    }

    public byte suffix() {
        return sponge.suffix();
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        sponge.absorb(data, offset, length);
    }

    @Override
    public synchronized Shake copy() {
        return new Shake(securityBits, sponge.copy());
    }

    @Override
    public synchronized byte[] digest(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative output length " + length);
        }
        return sponge.squeeze(length);
    }

    /**
     * The output length that {@code hashlib.shake_*().digest(length)} (OpenSSL's HASHXOF in
     * CPython) accepts, or the error CPython raises: a negative length is a {@code SystemError}
     * from the bytes allocation, a length past what memory can hold a {@code MemoryError}. The
     * module layer has already refused lengths outside Py_ssize_t with CPython's OverflowError.
     *
     * @param forHex whether the length is for {@code hexdigest}, which fails on a negative
     *     length with {@code MemoryError} instead
     */
    public static int hashlibOutputLength(long length, boolean forHex) {
        if (length < 0 && !forHex) {
            throw new PythonError(
                    PythonError.Type.SYSTEM_ERROR, "Negative size passed to PyBytes_FromStringAndSize");
        }
        if (length < 0 || length > (forHex ? MAX_OUTPUT_LENGTH / 2 : MAX_OUTPUT_LENGTH)) {
            throw new PythonError(PythonError.Type.MEMORY_ERROR, "");
        }
        return (int) length;
    }

    /**
     * The output length that {@code _sha3.shake_*().digest(length)} and {@code hexdigest(length)}
     * accept, or CPython's ValueError for it.
     */
    public static int sha3ModuleOutputLength(long length) {
        if (length < 0) {
            throw PythonError.valueError("value must be positive");
        }
        if (length >= SHA3_MODULE_LENGTH_LIMIT) {
            throw PythonError.valueError("length is too large");
        }
        return (int) length;
    }
}
