package org.pythebo.modules._sha3;

import java.util.Objects;
import org.pythebo.modules.hashlib.Digest;

/**
 * SHA3-224, SHA3-256, SHA3-384 and SHA3-512 (FIPS 202), as {@code _sha3.sha3_*} objects.
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
public final class Sha3 implements Digest {

    private final int outputBits;
    private final KeccakSponge sponge;

    private Sha3(int outputBits, KeccakSponge sponge) {
        this.outputBits = outputBits;
        this.sponge = sponge;
    }

    /** SHA3-{@code outputBits} for 224, 256, 384 or 512. */
    public static Sha3 create(int outputBits) {
        return switch (outputBits) {
            case 224, 256, 384, 512 ->
                    new Sha3(outputBits, new KeccakSponge(200 - outputBits / 4, KeccakSponge.SHA3_SUFFIX));
            default -> throw new IllegalArgumentException("no SHA3-" + outputBits);
        };
    }

    @Override
    public String name() {
        return "sha3_" + outputBits;
    }

    @Override
    public int digestSize() {
        return outputBits / 8;
    }

    @Override
    public int blockSize() {
        return sponge.rateBytes();
    }

    /** {@code _rate_bits} of the {@code _sha3} object. */
    public int rateBits() {
        return sponge.rateBytes() * 8;
    }

    /** {@code _capacity_bits} of the {@code _sha3} object. */
    public int capacityBits() {
        return 1600 - rateBits();
    }

    /** {@code _suffix} of the {@code _sha3} object: the domain bits with the first pad bit. */
    public byte suffix() {
        return sponge.suffix();
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        sponge.absorb(data, offset, length);
    }

    @Override
    public synchronized Sha3 copy() {
        return new Sha3(outputBits, sponge.copy());
    }

    @Override
    public synchronized byte[] digest() {
        return sponge.squeeze(outputBits / 8);
    }
}
