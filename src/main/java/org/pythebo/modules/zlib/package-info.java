/**
 * {@code zlib}: compression and decompression on the JDK's Deflater and Inflater in raw mode,
 * with the zlib and gzip framing written here, the compressor and decompressor objects, and the
 * checksums (which binascii shares).
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.zlib;
