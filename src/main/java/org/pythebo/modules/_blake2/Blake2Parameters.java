package org.pythebo.modules._blake2;

import org.pythebo.modules.digest.PythonError;

/**
 * The keyword arguments of {@code blake2b(...)} and {@code blake2s(...)} after conversion to C
 * types, with CPython's defaults. {@link Blake2b#create} and {@link Blake2s#create} check them in
 * CPython's order.
 *
 * <p>How the module layer fills it, parameter by parameter in signature order, so that the first
 * error is CPython's: {@code digest_size}, {@code fanout}, {@code depth}, {@code node_depth} and
 * {@code inner_size} are C ints (the runtime's usual int conversion and its OverflowError);
 * {@code key}, {@code salt} and {@code person} are bytes-like; {@code leaf_size} is a C unsigned
 * long and {@code node_offset} a C unsigned long long, each as Argument Clinic converts them;
 * {@code last_node} is the truth of the object.
 *
 * <p>A builder: not safe to share between threads while it is being filled.
 */
public final class Blake2Parameters {

    private static final byte[] NONE = new byte[0];

    private Integer digestSize;
    private byte[] key = NONE;
    private byte[] salt = NONE;
    private byte[] person = NONE;
    private int fanout = 1;
    private int depth = 1;
    private long leafSize;
    private long nodeOffset;
    private int nodeDepth;
    private int innerSize;
    private boolean lastNode;

    /** Output length in bytes; left unset it is the algorithm's largest. */
    public Blake2Parameters digestSize(int bytes) {
        this.digestSize = bytes;
        return this;
    }

    public Blake2Parameters key(byte[] key) {
        this.key = key.clone();
        return this;
    }

    public Blake2Parameters salt(byte[] salt) {
        this.salt = salt.clone();
        return this;
    }

    public Blake2Parameters person(byte[] person) {
        this.person = person.clone();
        return this;
    }

    public Blake2Parameters fanout(int fanout) {
        this.fanout = fanout;
        return this;
    }

    public Blake2Parameters depth(int depth) {
        this.depth = depth;
        return this;
    }

    /** The C unsigned long of {@code leaf_size} (an unsigned 64-bit value). */
    public Blake2Parameters leafSize(long leafSize) {
        this.leafSize = leafSize;
        return this;
    }

    /** The C unsigned long long of {@code node_offset} (unsigned 64 bits). */
    public Blake2Parameters nodeOffset(long nodeOffset) {
        this.nodeOffset = nodeOffset;
        return this;
    }

    public Blake2Parameters nodeDepth(int nodeDepth) {
        this.nodeDepth = nodeDepth;
        return this;
    }

    public Blake2Parameters innerSize(int innerSize) {
        this.innerSize = innerSize;
        return this;
    }

    public Blake2Parameters lastNode(boolean lastNode) {
        this.lastNode = lastNode;
        return this;
    }

    /**
     * The BLAKE2 parameter block for an algorithm of the given sizes, checked in CPython's order:
     * digest_size, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size,
     * key. Layout from the BLAKE2 paper: one byte each of digest length, key length, fanout and
     * depth, a little-endian 32-bit leaf length, the node offset (64 bits for BLAKE2b, 48 for
     * BLAKE2s), one byte each of node depth and inner length, then (BLAKE2b: after 14 reserved
     * bytes) salt and personalization.
     */
    Block check(int maxDigestSize, int saltSize, int nodeOffsetBits) {
        int size = digestSize == null ? maxDigestSize : digestSize;
        if (size < 1 || size > maxDigestSize) {
            throw PythonError.valueError(
                    "digest_size must be between 1 and " + maxDigestSize + " bytes");
        }
        if (salt.length > saltSize) {
            throw PythonError.valueError("maximum salt length is " + saltSize + " bytes");
        }
        if (person.length > saltSize) {
            throw PythonError.valueError("maximum person length is " + saltSize + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw PythonError.valueError("fanout must be between 0 and 255");
        }
        if (depth < 1 || depth > 255) {
            throw PythonError.valueError("depth must be between 1 and 255");
        }
        if (Long.compareUnsigned(leafSize, 0xFFFF_FFFFL) > 0) {
            throw PythonError.overflowError("leaf_size is too large");
        }
        if (nodeOffsetBits < 64 && Long.compareUnsigned(nodeOffset, (1L << nodeOffsetBits) - 1) > 0) {
            throw PythonError.overflowError("node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PythonError.valueError("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > maxDigestSize) {
            // CPython's wording, "and is" included.
            throw PythonError.valueError("inner_size must be between 0 and is " + maxDigestSize);
        }
        if (key.length > maxDigestSize) {
            throw PythonError.valueError("maximum key length is " + maxDigestSize + " bytes");
        }
        int nodeOffsetBytes = nodeOffsetBits / 8;
        int reserved = maxDigestSize == 64 ? 14 : 0;
        byte[] block = new byte[maxDigestSize];
        block[0] = (byte) size;
        block[1] = (byte) key.length;
        block[2] = (byte) fanout;
        block[3] = (byte) depth;
        putLittleEndian(block, 4, leafSize, 4);
        putLittleEndian(block, 8, nodeOffset, nodeOffsetBytes);
        block[8 + nodeOffsetBytes] = (byte) nodeDepth;
        block[9 + nodeOffsetBytes] = (byte) innerSize;
        int saltAt = 10 + nodeOffsetBytes + reserved;
        System.arraycopy(salt, 0, block, saltAt, salt.length);
        System.arraycopy(person, 0, block, saltAt + saltSize, person.length);
        return new Block(block, size, key.clone(), lastNode);
    }

    private static void putLittleEndian(byte[] target, int at, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            target[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** A checked parameter block with what the digest needs besides it. */
    record Block(byte[] bytes, int digestSize, byte[] key, boolean lastNode) {}
}
