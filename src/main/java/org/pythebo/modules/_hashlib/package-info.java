/**
 * The cores of CPython's {@code _hashlib} module (OpenSSL's side of hashlib and hmac): the
 * digests only OpenSSL gives CPython (RIPEMD-160, SM3, md5-sha1), lookup of digests by the names
 * {@code _hashlib.new} accepts, HMAC, PBKDF2-HMAC, scrypt and the constant-time comparison of
 * {@code hmac.compare_digest}.
 *
 * <p>Uses the JDK and the other digest cores ({@code org.pythebo.modules.hashlib},
 * {@code _sha3}, {@code _blake2}); nothing else.
 *
 * <p>May use: {@code modules.hashlib}, {@code modules._blake2}, {@code modules._sha3} (and the JDK).
 */
package org.pythebo.modules._hashlib;
