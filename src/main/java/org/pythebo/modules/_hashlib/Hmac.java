package org.pythebo.modules._hashlib;

import java.util.Objects;
import java.util.function.Supplier;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.ExtendableOutputDigest;
import org.pythebo.modules.digest.PythonError;

/**
 * HMAC (RFC 2104) over any fixed-output digest, as {@code _hashlib.HMAC}: name
 * {@code "hmac-" + digest name}, the digest's sizes, update, copy and digest.
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
public final class Hmac implements Digest {

    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5C;

    private final Digest inner;
    /** The outer digest with the padded key absorbed, copied for each {@link #digest()}. */
    private final Digest outerStart;

    private Hmac(Digest inner, Digest outerStart) {
        this.inner = inner;
        this.outerStart = outerStart;
    }

    /**
     * {@code _hashlib.hmac_new(key, digestmod=name)}: the digest found as {@link
     * HashAlgorithms#lookup} finds it.
     *
     * @throws PythonError CPython's ValueError for an unknown name or an extendable-output digest
     */
    public static Hmac create(byte[] key, String digestName) {
        return create(key, HashAlgorithms.factory(digestName));
    }

    /**
     * HMAC with fresh digests from {@code digestFactory}.
     *
     * @throws PythonError CPython's ValueError if the digest is extendable-output
     */
    public static Hmac create(byte[] key, Supplier<? extends Digest> digestFactory) {
        return create(key, digestFactory, digestFactory.get());
    }

    private static Hmac create(byte[] key, Supplier<? extends Digest> digestFactory, Digest inner) {
        requireFixedOutput(inner);
        int blockSize = inner.blockSize();
        byte[] blockKey = new byte[blockSize];
        if (key.length > blockSize) {
            Digest keyDigest = digestFactory.get();
            keyDigest.update(key);
            byte[] hashed = keyDigest.digest();
            System.arraycopy(hashed, 0, blockKey, 0, hashed.length);
        } else {
            System.arraycopy(key, 0, blockKey, 0, key.length);
        }
        byte[] pad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            pad[i] = (byte) (blockKey[i] ^ INNER_PAD);
        }
        inner.update(pad);
        for (int i = 0; i < blockSize; i++) {
            pad[i] = (byte) (blockKey[i] ^ OUTER_PAD);
        }
        Digest outer = digestFactory.get();
        outer.update(pad);
        return new Hmac(inner, outer);
    }

    /** OpenSSL cannot key an HMAC with SHAKE; CPython then has no reason to give. */
    static void requireFixedOutput(Digest digest) {
        if (digest instanceof ExtendableOutputDigest) {
            throw PythonError.valueError("no reason supplied");
        }
    }

    @Override
    public String name() {
        return "hmac-" + inner.name();
    }

    @Override
    public int digestSize() {
        return inner.digestSize();
    }

    @Override
    public int blockSize() {
        return inner.blockSize();
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        inner.update(data, offset, length);
    }

    @Override
    public synchronized Hmac copy() {
        return new Hmac(inner.copy(), outerStart);
    }

    @Override
    public synchronized byte[] digest() {
        Digest outer = outerStart.copy();
        outer.update(inner.digest());
        return outer.digest();
    }
}
