/**
 * {@code _signal}, the module under Lib/signal.py: Python handlers installed through the JDK's
 * signal API (whose handler thread records the signal; the main thread runs the Python handler at
 * its next safe point), SIGINT as KeyboardInterrupt, and the timers, masks and sending of the C
 * library binding.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._signal;
