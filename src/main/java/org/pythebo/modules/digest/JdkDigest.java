package org.pythebo.modules.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A digest that the JDK's {@link MessageDigest} computes with the same result as CPython: MD5,
 * SHA-1, the SHA-2 family (including SHA-512/224 and SHA-512/256) and SHA-3. The JDK uses the
 * processor's SHA instructions for SHA-1 and SHA-2 where it has them; its SHA-3 is as fast as the
 * Keccak sponge of {@code _sha3} here and has intrinsics on some processors.
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
public final class JdkDigest implements Digest {

    private final String name;
    private final int digestSize;
    private final int blockSize;
    private final MessageDigest running;

    private JdkDigest(String name, int blockSize, MessageDigest running) {
        this.name = name;
        this.digestSize = running.getDigestLength();
        this.blockSize = blockSize;
        this.running = running;
    }

    private static JdkDigest create(String name, String jdkAlgorithm, int blockSize) {
        try {
            return new JdkDigest(name, blockSize, MessageDigest.getInstance(jdkAlgorithm));
        } catch (NoSuchAlgorithmException e) {
            // Every JDK ships these algorithms (they are required of the SUN provider).
            throw new IllegalStateException(jdkAlgorithm + " missing from the JDK", e);
        }
    }

    public static JdkDigest md5() {
        return create("md5", "MD5", 64);
    }

    public static JdkDigest sha1() {
        return create("sha1", "SHA-1", 64);
    }

    public static JdkDigest sha224() {
        return create("sha224", "SHA-224", 64);
    }

    public static JdkDigest sha256() {
        return create("sha256", "SHA-256", 64);
    }

    public static JdkDigest sha384() {
        return create("sha384", "SHA-384", 128);
    }

    public static JdkDigest sha512() {
        return create("sha512", "SHA-512", 128);
    }

    public static JdkDigest sha512_224() {
        return create("sha512_224", "SHA-512/224", 128);
    }

    public static JdkDigest sha512_256() {
        return create("sha512_256", "SHA-512/256", 128);
    }

    /**
     * SHA3-{@code bits} for bits 224, 256, 384 or 512; the block size is the sponge's rate. The
     * {@code _sha3} objects' {@code _rate_bits} is 8 times the block size, {@code _capacity_bits}
     * 1600 minus that, and {@code _suffix} is {@code b"\x06"}.
     */
    public static JdkDigest sha3(int bits) {
        return switch (bits) {
            case 224, 256, 384, 512 -> create("sha3_" + bits, "SHA3-" + bits, 200 - bits / 4);
            default -> throw new IllegalArgumentException("no SHA3-" + bits);
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        running.update(data, offset, length);
    }

    @Override
    public synchronized JdkDigest copy() {
        return new JdkDigest(name, blockSize, cloneRunning());
    }

    @Override
    public synchronized byte[] digest() {
        return cloneRunning().digest();
    }

    private MessageDigest cloneRunning() {
        try {
            return (MessageDigest) running.clone();
        } catch (CloneNotSupportedException e) {
            // The SUN provider's digests are all cloneable.
            throw new IllegalStateException(running.getAlgorithm() + " cannot be cloned", e);
        }
    }
}
