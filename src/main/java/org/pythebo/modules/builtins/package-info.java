/**
 * {@code builtins}: the built-in functions, including the ones that compile and run code.
 *
 * <p>May use: {@code compiler}, {@code parser}, {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.builtins;
