/**
 * {@code _operator}: the operators as functions, and itemgetter, attrgetter and methodcaller
 * (immutable, so shared freely between threads).
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._operator;
