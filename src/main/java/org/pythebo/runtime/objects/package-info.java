/**
 * The object model: {@code PyObject} and {@code PyType} (bases, MRO, type dicts and their
 * versions), instances and their layouts, descriptors (properties, slots, class and static
 * methods, super), modules and namespaces, and the abstract object protocol as static methods
 * ({@code Ops}: attributes, calls, repr, hash, iteration; {@code Compare}).
 *
 * <p>May use: {@code runtime.bytes}, {@code runtime.collections}, {@code runtime.exceptions},
 * {@code runtime.exec}, {@code runtime.exposure}, {@code runtime.numbers}, {@code runtime.text},
 * {@code runtime.weakref} (and the JDK).
 */
package org.pythebo.runtime.objects;
