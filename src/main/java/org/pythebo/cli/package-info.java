/**
 * The {@code pythebo} command: CPython's command line, running a program, module or command, and
 * the interactive prompt.
 *
 * <p>May use: {@code compiler}, {@code parser}, {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.cli;
