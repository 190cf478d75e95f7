package org.pythebo.modules._collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;

/**
 * A deque shared by producers and consumers on several cores: every append and pop is atomic,
 * so each item is taken exactly once, and growth of the ring never loses or duplicates one.
 */
class ConcurrentDequeTest {
    private static final int PRODUCERS = 2;
    private static final int CONSUMERS = 2;
    private static final int N = 200_000;

    private static void runAll(Runnable... tasks) throws InterruptedException {
        Thread[] threads = new Thread[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            threads[i] = new Thread(tasks[i]);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    @Test
    void producersAndConsumersAtBothEnds() throws InterruptedException {
        PyDeque d = new PyDeque();
        AtomicLong sum = new AtomicLong();
        AtomicLong taken = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long total = (long) PRODUCERS * N;
        Runnable[] tasks = new Runnable[PRODUCERS + CONSUMERS];
        for (int p = 0; p < PRODUCERS; p++) {
            long base = (long) p * N;
            tasks[p] = () -> {
                for (long i = 0; i < N; i++) {
                    if (i % 2 == 0) {
                        d.append(base + i);
                    } else {
                        d.appendLeft(base + i);
                    }
                }
            };
        }
        for (int c = 0; c < CONSUMERS; c++) {
            boolean fromLeft = c % 2 == 0;
            tasks[PRODUCERS + c] = () -> {
                try {
                    while (taken.get() < total) {
                        Object x;
                        try {
                            x = fromLeft ? d.popLeft() : d.pop();
                        } catch (PyException empty) {
                            Thread.onSpinWait();
                            continue;
                        }
                        sum.addAndGet((Long) x);
                        taken.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            };
        }
        runAll(tasks);
        assertNull(failure.get(), () -> "consumer failed: " + failure.get());
        assertEquals(total, taken.get());
        assertEquals(total * (total - 1) / 2, sum.get());
        assertEquals(0, d.size());
    }

    @Test
    void boundedDequeKeepsItsLimitUnderConcurrentAppends() throws InterruptedException {
        PyDeque d = new PyDeque();
        PyDeque.__init__(null, d, new Object[] {new PyList(), 64L}, new PyDict());
        Runnable[] tasks = new Runnable[4];
        for (int t = 0; t < tasks.length; t++) {
            long base = (long) t * N;
            tasks[t] = () -> {
                for (long i = 0; i < N / 4; i++) {
                    d.append(base + i);
                    if (i % 5 == 0) {
                        d.appendLeft(-1L);
                    }
                }
            };
        }
        runAll(tasks);
        assertEquals(64, d.size());
        assertEquals(64, d.snapshot().length);
    }
}
