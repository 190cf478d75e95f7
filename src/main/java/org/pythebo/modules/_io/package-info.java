/**
 * {@code _io}: raw files, buffered readers and writers, text wrappers and {@code open()}, each
 * file object locking only itself.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._io;
