/**
 * {@code _socket}: the socket type and the module's functions (name lookups, address
 * conversions, byte order) that Lib/socket.py wraps, on the C library binding of
 * {@code org.pythebo.modules.posix}.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._socket;
