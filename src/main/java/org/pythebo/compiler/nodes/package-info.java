/**
 * The executable tree the compiler lowers a program to: expression and statement nodes with their
 * inline caches, calling the runtime's operations.
 *
 * <p>May use: {@code runtime.collections}, {@code runtime.exceptions}, {@code runtime.exec},
 * {@code runtime.exposure}, {@code runtime.numbers}, {@code runtime.objects}, {@code runtime.text},
 * {@code runtime.weakref} (and the JDK).
 */
package org.pythebo.compiler.nodes;
