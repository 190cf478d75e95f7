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

    /**
     * A fresh digest of one algorithm, cloned from a prototype: MessageDigest.getInstance looks
     * the provider up each time, which costs more than hashing a short message. The prototype is
     * never updated, so cloning it from several threads at once only reads it.
     */
    private record Algorithm(String name, int blockSize, MessageDigest prototype) {
        Algorithm(String name, String jdkAlgorithm, int blockSize) {
            this(name, blockSize, instance(jdkAlgorithm));
        }

        private static MessageDigest instance(String jdkAlgorithm) {
            try {
                return MessageDigest.getInstance(jdkAlgorithm);
            } catch (NoSuchAlgorithmException e) {
                // Every JDK ships these algorithms (they are required of the SUN provider).
                throw new IllegalStateException(jdkAlgorithm + " missing from the JDK", e);
            }
        }

        JdkDigest create() {
            return new JdkDigest(name, blockSize, cloned(prototype));
        }
    }

    private static final Algorithm MD5 = new Algorithm("md5", "MD5", 64);
    private static final Algorithm SHA1 = new Algorithm("sha1", "SHA-1", 64);
    private static final Algorithm SHA224 = new Algorithm("sha224", "SHA-224", 64);
    private static final Algorithm SHA256 = new Algorithm("sha256", "SHA-256", 64);
    private static final Algorithm SHA384 = new Algorithm("sha384", "SHA-384", 128);
    private static final Algorithm SHA512 = new Algorithm("sha512", "SHA-512", 128);
    private static final Algorithm SHA512_224 = new Algorithm("sha512_224", "SHA-512/224", 128);
    private static final Algorithm SHA512_256 = new Algorithm("sha512_256", "SHA-512/256", 128);
    private static final Algorithm SHA3_224 = new Algorithm("sha3_224", "SHA3-224", 144);
    private static final Algorithm SHA3_256 = new Algorithm("sha3_256", "SHA3-256", 136);
    private static final Algorithm SHA3_384 = new Algorithm("sha3_384", "SHA3-384", 104);
    private static final Algorithm SHA3_512 = new Algorithm("sha3_512", "SHA3-512", 72);

    public static JdkDigest md5() {
        return MD5.create();
    }

    public static JdkDigest sha1() {
        return SHA1.create();
    }

    public static JdkDigest sha224() {
        return SHA224.create();
    }

    public static JdkDigest sha256() {
        return SHA256.create();
    }

    public static JdkDigest sha384() {
        return SHA384.create();
    }

    public static JdkDigest sha512() {
        return SHA512.create();
    }

    public static JdkDigest sha512_224() {
        return SHA512_224.create();
    }

    public static JdkDigest sha512_256() {
        return SHA512_256.create();
    }

    /**
     * SHA3-{@code bits} for bits 224, 256, 384 or 512; the block size is the sponge's rate. The
     * {@code _sha3} objects' {@code _rate_bits} is 8 times the block size, {@code _capacity_bits}
     * 1600 minus that, and {@code _suffix} is {@code b"\x06"}.
     */
    public static JdkDigest sha3(int bits) {
        return switch (bits) {
            case 224 -> SHA3_224.create();
            case 256 -> SHA3_256.create();
            case 384 -> SHA3_384.create();
            case 512 -> SHA3_512.create();
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
        return new JdkDigest(name, blockSize, cloned(running));
    }

    @Override
    public synchronized byte[] digest() {
        return cloned(running).digest();
    }

    private static MessageDigest cloned(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            // The SUN provider's digests are all cloneable.
            throw new IllegalStateException(digest.getAlgorithm() + " cannot be cloned", e);
        }
    }
}
