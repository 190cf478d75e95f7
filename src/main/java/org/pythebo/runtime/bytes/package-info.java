/**
 * Binary data: bytes, bytearray and memoryview, and the methods they share.
 *
 * <p>May use: {@code runtime.collections}, {@code runtime.exceptions}, {@code runtime.exec},
 * {@code runtime.exposure}, {@code runtime.numbers}, {@code runtime.objects}, {@code runtime.text}
 * (and the JDK).
 */
package org.pythebo.runtime.bytes;
