package org.pythebo.modules.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.bytes.PyBuffer;

/**
 * An array hammered by writers (appends, pops, inserts and deletes at the front, extends) while
 * lock-free readers read it through the buffer protocol and by index. The writers keep the items
 * a run of consecutive values (mod 251), so a torn or half-shifted view breaks the run; threads
 * sharing one iterator must each get distinct items.
 */
class ConcurrentArrayTest {
    private static final int MOD = 251;
    private static final int ROUNDS = 2_000;

    private static long at(PyArray a, long i) {
        return (Long) PyArray.__getitem__(a, i);
    }

    @Test
    void writersNeverShowReadersATornState() throws InterruptedException {
        long[] start = new long[100_000];
        for (int i = 0; i < start.length; i++) {
            start[i] = i % MOD;
        }
        PyArray a = PyArray.make(null, 'i', new org.pythebo.runtime.collections.PyList(box(start)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Runnable appender = () -> {
            for (int i = 0; i < ROUNDS; i++) {
                synchronized (a) {
                    PyArray.append(null, a, (at(a, -1) + 1) % MOD);
                }
            }
        };
        Runnable shifter = () -> {
            for (int i = 0; i < ROUNDS; i++) {
                synchronized (a) {
                    long first = at(a, 0);
                    long last = at(a, -1);
                    switch (i % 4) {
                        case 0 -> PyArray.insert(null, a, 0L, (first + MOD - 1) % MOD);
                        case 1 -> {
                            if (a.length() > 2) {
                                PyArray.__delitem__(a, 0L);
                            }
                        }
                        case 2 -> {
                            if (a.length() > 2) {
                                PyArray.pop(a, -1L);
                            }
                        }
                        default -> PyArray.extend(null, a, PyArray.make(null, 'i',
                                new org.pythebo.runtime.collections.PyList(new Object[] {(last + 1) % MOD, (last + 2) % MOD})));
                    }
                }
            }
        };
        Runnable reader = () -> {
            try {
                while (!done.get()) {
                    PyBuffer b = a.buffer();
                    int n = b.length() / 4;
                    assertTrue(n >= 2, "too short: " + n);
                    int prev = b.get(0);
                    for (int i = 1; i < n; i++) {
                        int v = b.get(4 * i);
                        if (v != (prev + 1) % MOD) {
                            throw new AssertionError("torn view at " + i + " of " + n);
                        }
                        prev = v;
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        };
        Thread[] writers = {new Thread(appender), new Thread(appender), new Thread(shifter), new Thread(shifter)};
        Thread[] readers = {new Thread(reader), new Thread(reader)};
        for (Thread t : readers) {
            t.start();
        }
        for (Thread t : writers) {
            t.start();
        }
        for (Thread t : writers) {
            t.join();
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        assertNull(failure.get(), () -> "reader failed: " + failure.get());
    }

    @Test
    void threadsSharingAnIteratorGetEachItemOnce() throws InterruptedException {
        int n = 200_000;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        PyArray a = PyArray.make(null, 'q', new org.pythebo.runtime.collections.PyList(box(values)));
        PyArrayIterator it = (PyArrayIterator) PyArray.__iter__(a);
        ConcurrentHashMap<Object, Boolean> seen = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable taker = () -> {
            for (Object v = it.next(null); v != null; v = it.next(null)) {
                if (seen.put(v, true) != null) {
                    failure.set(new AssertionError("item " + v + " returned twice"));
                }
            }
        };
        Thread[] threads = {new Thread(taker), new Thread(taker), new Thread(taker)};
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertNull(failure.get());
        assertEquals(n, seen.size());
    }

    private static Object[] box(long[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
