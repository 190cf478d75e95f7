package org.pythebo.modules.digest;

/**
 * A digest whose output has any length the caller asks for (SHAKE), like CPython's
 * {@code HASHXOF}: {@code digest(length)} instead of {@code digest()}.
 */
public interface ExtendableOutputDigest extends Digest {

    /**
     * The first {@code length} bytes of the output for everything absorbed so far; the running
     * state is left as it was. Any {@code length} from 0 to the largest Java array works.
     *
     * @throws IllegalArgumentException if {@code length} is negative
     */
    byte[] digest(int length);

    @Override
    default byte[] digest() {
        throw new UnsupportedOperationException(name() + " needs an output length");
    }
}
