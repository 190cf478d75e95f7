/**
 * The core of CPython's {@code _random} module: the MT19937 Mersenne Twister of Matsumoto and
 * Nishimura, seeded, drawn from and saved exactly as {@code _random.Random} does.
 *
 * <p>Uses the JDK only; no other Pythebo package.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules._random;
