/**
 * CPython's {@code _hashlib} module (OpenSSL's side of hashlib and hmac): {@code new} and the
 * {@code openssl_*} constructors, the HASH, HASHXOF and HMAC types, {@code pbkdf2_hmac},
 * {@code scrypt} and {@code compare_digest}. Its cores: the digests only OpenSSL gives CPython
 * (RIPEMD-160, SM3, md5-sha1), lookup of digests by the names {@code _hashlib.new} accepts, HMAC,
 * PBKDF2-HMAC, scrypt and the constant-time comparison.
 *
 * <p>The cores use the JDK and the other digest cores ({@code org.pythebo.modules.digest},
 * {@code _sha3}, {@code _blake2}) only; the module and its types also use the runtime.
 *
 * <p>May use: {@code modules} (the digest cores and the module registry), {@code runtime} (and the
 * JDK).
 */
package org.pythebo.modules._hashlib;
