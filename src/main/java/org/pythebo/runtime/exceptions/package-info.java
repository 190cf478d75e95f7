/**
 * Exceptions: {@code PyBaseException} and its built-in subclasses ({@code Exc}), exception groups,
 * the Java throwable that carries a raised exception ({@code PyException}), and the text of syntax
 * error reports.
 *
 * <p>May use: {@code runtime.bytes}, {@code runtime.collections}, {@code runtime.exec}, {@code
 * runtime.exposure}, {@code runtime.objects} (and the JDK).
 */
package org.pythebo.runtime.exceptions;
