/**
 * The cores of CPython's {@code _blake2} module: BLAKE2b and BLAKE2s as RFC 7693 defines them,
 * with the parameter block of the BLAKE2 paper (salt, personalization and the tree-hashing
 * fields) and CPython's checks of every constructor parameter.
 *
 * <p>Uses the JDK and the digest protocol of {@code org.pythebo.modules.hashlib}; nothing else.
 *
 * <p>May use: {@code modules.hashlib} (and the JDK).
 */
package org.pythebo.modules._blake2;
