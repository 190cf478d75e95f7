/**
 * {@code unicodedata}: the module and its UCD type, over the Unicode character database of
 * {@code runtime.ucd}.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.unicodedata;
