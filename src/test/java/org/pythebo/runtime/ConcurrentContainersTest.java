package org.pythebo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;

/**
 * Lists and dicts used from several threads at once: writers lock the object, readers take no
 * lock, and no reader may ever see a Java exception or an inconsistent state.
 */
class ConcurrentContainersTest {
    private static final int THREADS = 4;
    private static final int N = 20_000;

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
    void dictWritersAndLockFreeReaders() throws InterruptedException {
        PyDict d = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable[] tasks = new Runnable[THREADS * 2];
        for (int w = 0; w < THREADS; w++) {
            int base = w * N;
            tasks[w] = () -> {
                for (int i = 0; i < N; i++) {
                    d.setItem((long) (base + i), (long) (base + i));
                    if (i % 3 == 0) {
                        d.remove(null, (long) (base + i));
                    }
                }
            };
        }
        for (int r = 0; r < THREADS; r++) {
            tasks[THREADS + r] = () -> {
                try {
                    for (int round = 0; round < 50; round++) {
                        for (long k = 0; k < THREADS * N; k += 97) {
                            Object v = d.get(k);
                            if (v != null && !v.equals(k)) {
                                throw new AssertionError("key " + k + " maps to " + v);
                            }
                        }
                        d.forEachEntry((k, v) -> {
                            if (!k.equals(v)) {
                                throw new AssertionError("torn entry " + k + ": " + v);
                            }
                        });
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            };
        }
        runAll(tasks);
        assertNull(failure.get(), () -> "reader failed: " + failure.get());
        int expected = THREADS * (N - (N + 2) / 3);
        assertEquals(expected, d.size());
        assertEquals(expected, d.keys().length);
        for (long k = 0; k < THREADS * N; k++) {
            Object v = d.get(k);
            assertEquals(k % N % 3 == 0 ? null : (Object) k, v);
        }
    }

    @Test
    void listAppendsPopsAndReaders() throws InterruptedException {
        PyList list = new PyList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable[] tasks = new Runnable[THREADS * 2];
        for (int w = 0; w < THREADS; w++) {
            tasks[w] = () -> {
                for (int i = 0; i < N; i++) {
                    list.append((long) i);
                    if (i % 4 == 0) {
                        list.insert(0, -1L);
                    }
                    if (i % 5 == 0) {
                        list.pop(-1);
                    }
                }
            };
        }
        for (int r = 0; r < THREADS; r++) {
            tasks[THREADS + r] = () -> {
                try {
                    for (int round = 0; round < 2000; round++) {
                        int n = list.size();
                        for (int i = Math.max(0, n - 50); i < n + 5; i++) {
                            Object v = list.getOrNull(i);
                            assertTrue(v == null || v instanceof Long);
                        }
                        for (Object o : list.toArray()) {
                            assertTrue(o instanceof Long);
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            };
        }
        runAll(tasks);
        assertNull(failure.get(), () -> "reader failed: " + failure.get());
        int perThread = N + (N + 3) / 4 - (N + 4) / 5;
        assertEquals(THREADS * perThread, list.size());
        assertEquals(THREADS * perThread, list.toArray().length);
    }
}
