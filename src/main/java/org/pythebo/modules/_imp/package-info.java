/**
 * {@code _imp} and the import system: what {@code import} statements and {@code __import__} do,
 * with a lock per module.
 *
 * <p>May use: {@code compiler}, {@code parser}, {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._imp;
