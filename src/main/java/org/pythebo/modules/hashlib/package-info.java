/**
 * The hash-object protocol that CPython's {@code hashlib} documents (name, digest_size,
 * block_size, update, copy, digest), shared by the cores behind {@code _md5}, {@code _sha1},
 * {@code _sha256}, {@code _sha512}, {@code _sha3}, {@code _blake2} and {@code _hashlib}, together
 * with the MD5, SHA-1 and SHA-2 digests that the JDK computes.
 *
 * <p>Uses the JDK only; no other Pythebo package.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules.hashlib;
