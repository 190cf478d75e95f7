/**
 * CPython's {@code _sha3} module: the types {@code sha3_224} to {@code sha3_512} (the JDK's SHA-3,
 * {@link org.pythebo.modules.digest.JdkDigest#sha3}, which is as fast as a Keccak written here)
 * and {@code shake_128}/{@code shake_256}, on {@link org.pythebo.modules._sha3.Shake}, SHAKE on a
 * Keccak sponge written from FIPS 202.
 *
 * <p>The cores (Shake, KeccakSponge) use the JDK and the digest protocol of
 * {@code org.pythebo.modules.digest} only; the module's types also use the runtime.
 *
 * <p>May use: {@code modules} (the digest protocol and the module registry), {@code runtime} (and the
 * JDK).
 */
package org.pythebo.modules._sha3;
