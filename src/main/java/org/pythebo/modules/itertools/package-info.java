/**
 * {@code itertools}: every iterator type of CPython's module, each subclassable where CPython's
 * is. A step of each iterator is atomic (it locks the iterator, and tee's shared buffer), so
 * threads sharing one get every item once, as under the GIL.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.itertools;
