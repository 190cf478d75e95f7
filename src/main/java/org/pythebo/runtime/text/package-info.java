/**
 * Text: str (Java {@code String}) and its methods, Unicode properties of Python 3.11, repr of
 * literals, str.format and %-formatting, and the codecs: those written in Java, the error
 * handlers, and each interpreter's codec registry.
 *
 * <p>May use: {@code runtime.bytes}, {@code runtime.collections}, {@code runtime.exceptions},
 * {@code runtime.exec}, {@code runtime.exposure}, {@code runtime.numbers}, {@code runtime.objects},
 * {@code runtime.ucd} (and the JDK).
 */
package org.pythebo.runtime.text;
