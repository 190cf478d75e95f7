/**
 * CPython's {@code _random} module: the type {@code Random} on its core, the MT19937 Mersenne
 * Twister of Matsumoto and Nishimura, seeded, drawn from and saved exactly as CPython's is.
 *
 * <p>The core (MersenneTwister) uses the JDK only; the module and its type also use the runtime.
 *
 * <p>May use: {@code modules} (the module registry), {@code runtime} (and the JDK).
 */
package org.pythebo.modules._random;
