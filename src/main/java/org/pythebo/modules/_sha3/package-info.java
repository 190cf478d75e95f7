/**
 * The cores of CPython's {@code _sha3} module: SHAKE128 and SHAKE256 on a Keccak sponge written
 * from FIPS 202. (SHA3-224/256/384/512 are the JDK's, as
 * {@code org.pythebo.modules.hashlib.JdkDigest.sha3}, which is as fast.)
 *
 * <p>Uses the JDK and the digest protocol of {@code org.pythebo.modules.hashlib}; nothing else.
 *
 * <p>May use: {@code modules.hashlib} (and the JDK).
 */
package org.pythebo.modules._sha3;
