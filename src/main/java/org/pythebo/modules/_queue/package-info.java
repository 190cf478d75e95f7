/**
 * {@code _queue}: SimpleQueue, the unbounded FIFO queue that queue.SimpleQueue is, and Empty.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._queue;
