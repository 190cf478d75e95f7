/**
 * {@code _csv}: the CSV dialects, reader and writer that the Lib's {@code csv} module wraps; the
 * dialect registry and the field size limit are per interpreter.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._csv;
