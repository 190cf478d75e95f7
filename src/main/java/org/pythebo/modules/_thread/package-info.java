/**
 * {@code _thread}: platform threads each with their own thread state, and locks.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._thread;
