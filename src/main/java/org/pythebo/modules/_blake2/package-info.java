/**
 * CPython's {@code _blake2} module: the types {@code blake2b} and {@code blake2s}, on cores
 * written from RFC 7693 with the parameter block of the BLAKE2 paper (salt, personalization and
 * the tree-hashing fields) and CPython's checks of every constructor parameter.
 *
 * <p>The cores (Blake2b, Blake2s, Blake2Parameters) use the JDK and the digest protocol of
 * {@code org.pythebo.modules.digest} only; the module's types also use the runtime.
 *
 * <p>May use: {@code modules} (the digest protocol and the module registry), {@code runtime} (and the
 * JDK).
 */
package org.pythebo.modules._blake2;
