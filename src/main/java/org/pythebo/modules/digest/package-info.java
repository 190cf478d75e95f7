/**
 * What the hash modules share: the hash-object protocol that CPython's {@code hashlib} documents
 * (name, digest_size, block_size, update, copy, digest) as {@link org.pythebo.modules.digest.Digest},
 * with the MD5, SHA-1, SHA-2 and SHA-3 digests that the JDK computes and the {@link
 * org.pythebo.modules.digest.PythonError}s the cores report; and the Python side of it, {@link
 * org.pythebo.modules.digest.PyHashObject}, the object behind the hash types of {@code _md5},
 * {@code _sha1}, {@code _sha256}, {@code _sha512}, {@code _sha3}, {@code _blake2} and
 * {@code _hashlib}. Not a Python module itself.
 *
 * <p>The digests use the JDK only; the hash objects also use the runtime.
 *
 * <p>May use: {@code runtime} (and the JDK).
 */
package org.pythebo.modules.digest;
