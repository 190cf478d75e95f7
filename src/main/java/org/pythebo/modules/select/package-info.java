/**
 * {@code select}: select.select, poll objects and epoll objects on the C library binding of
 * {@code org.pythebo.modules.posix}, for selectors and subprocess.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.select;
