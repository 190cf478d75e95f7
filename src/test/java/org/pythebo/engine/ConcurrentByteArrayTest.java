package org.pythebo.engine;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.bytes.PyByteArray;

/**
 * A bytearray hammered by writers (appends, pops, inserts and deletes at the front) while
 * lock-free readers take snapshots. The writers keep the contents a run of consecutive values
 * (mod 251), so any torn or half-shifted view a reader might see breaks the run.
 */
class ConcurrentByteArrayTest {
    private static final int MOD = 251;
    private static final int ROUNDS = 2_000;

    private static int at(PyByteArray ba, long i) {
        return (int) (long) (Long) PyByteArray.__getitem__(ba, i);
    }

    @Test
    void writersNeverShowReadersATornState() throws InterruptedException {
        // Long enough that a shift takes a while, so a reader would catch one half done.
        byte[] start = new byte[200_000];
        for (int i = 0; i < start.length; i++) {
            start[i] = (byte) (i % MOD);
        }
        PyByteArray ba = new PyByteArray(start);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Runnable appender = () -> {
            for (int i = 0; i < ROUNDS; i++) {
                synchronized (ba) {
                    ba.append((byte) ((at(ba, -1) + 1) % MOD));
                }
            }
        };
        Runnable shifter = () -> {
            for (int i = 0; i < ROUNDS; i++) {
                synchronized (ba) {
                    int first = at(ba, 0);
                    int last = at(ba, -1);
                    switch (i % 4) {
                        case 0 -> PyByteArray.insert(ba, 0L, (long) ((first + MOD - 1) % MOD));
                        case 1 -> {
                            if (ba.size() > 2) {
                                PyByteArray.__delitem__(ba, 0L);
                            }
                        }
                        case 2 -> {
                            if (ba.size() > 2) {
                                PyByteArray.pop(ba, -1L);
                            }
                        }
                        default -> ba.extend(new byte[] {(byte) ((last + 1) % MOD), (byte) ((last + 2) % MOD)});
                    }
                }
            }
        };
        Runnable reader = () -> {
            try {
                while (!done.get()) {
                    byte[] b = ba.toBytes();
                    assertTrue(b.length >= 2, "too short: " + b.length);
                    for (int i = 1; i < b.length; i++) {
                        if ((b[i] & 0xff) != ((b[i - 1] & 0xff) + 1) % MOD) {
                            throw new AssertionError("torn view at " + i + " of " + b.length);
                        }
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        };
        Thread[] writers = {new Thread(appender), new Thread(appender), new Thread(shifter), new Thread(shifter)};
        Thread[] readers = {new Thread(reader), new Thread(reader), new Thread(reader)};
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
}
