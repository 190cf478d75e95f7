/**
 * Exposure of Java methods to Python: the {@code PyAttrs} annotations that declare a built-in
 * function or method once with its {@code __text_signature__}, the argument parser with CPython's
 * messages, and the built-in function and method descriptor objects.
 *
 * <p>May use: {@code runtime.bytes}, {@code runtime.collections}, {@code runtime.exceptions}, {@code runtime.exec},
 * {@code runtime.objects} (and the JDK).
 */
package org.pythebo.runtime.exposure;
