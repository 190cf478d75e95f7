/**
 * {@code _collections}: deque and its iterators, defaultdict, namedtuple's field getter and
 * Counter's counting loop, each object locking only itself.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._collections;
