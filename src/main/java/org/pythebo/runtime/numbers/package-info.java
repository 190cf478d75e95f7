/**
 * Numbers: int (Java {@code Long} and {@code BigInteger}), bool, float and complex, the arithmetic
 * operators with their fast paths ({@code Arith}), and the format-spec mini-language for numbers.
 *
 * <p>May use: {@code runtime.bytes}, {@code runtime.collections}, {@code runtime.exceptions},
 * {@code runtime.exec}, {@code runtime.exposure}, {@code runtime.objects}, {@code runtime.text}
 * (and the JDK).
 */
package org.pythebo.runtime.numbers;
