/**
 * {@code array}: the array type over a little-endian byte buffer (so the buffer protocol exports
 * it without copying), its typecodes, its iterator and the pickling reconstructor.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.array;
