/**
 * The cores of CPython's {@code _sha3} module: SHA3-224/256/384/512 and SHAKE128/256 on a Keccak
 * sponge written from FIPS 202.
 *
 * <p>Uses the JDK and the digest protocol of {@code org.pythebo.modules.hashlib}; nothing else.
 */
package org.pythebo.modules._sha3;
