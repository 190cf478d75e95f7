/**
 * Weak references: {@code weakref.ref} and the proxies, the list of them that each referent
 * keeps, and the per-interpreter queue through which the JVM's collector reports dead referents
 * so that their callbacks run on a Python thread ({@code gc.collect} waits for them).
 *
 * <p>May use: {@code runtime.collections}, {@code runtime.exceptions}, {@code runtime.exec},
 * {@code runtime.exposure}, {@code runtime.numbers}, {@code runtime.objects}, {@code runtime.text}
 * (and the JDK).
 */
package org.pythebo.runtime.weakref;
