/**
 * Containers: list, tuple, dict and its views, set and frozenset, range, slice, and the iterators
 * of the built-in types, each safe under concurrent use without a global lock.
 *
 * <p>May use: {@code runtime.exceptions}, {@code runtime.exec}, {@code runtime.exposure}, {@code
 * runtime.numbers}, {@code runtime.objects} (and the JDK).
 */
package org.pythebo.runtime.collections;
