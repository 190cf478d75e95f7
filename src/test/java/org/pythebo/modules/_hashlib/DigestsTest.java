package org.pythebo.modules._hashlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.CpythonCases.hex;
import static org.pythebo.modules.CpythonCases.pattern;
import static org.pythebo.modules.CpythonCases.rows;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.ExtendableOutputDigest;
import org.pythebo.modules.digest.PythonError;

/** Every algorithm of hashlib.algorithms_available against CPython 3.11's outputs. */
class DigestsTest {

    private static final String CASES = "digest_cases.tsv";

    private static String output(Digest digest, int xofLength) {
        return digest instanceof ExtendableOutputDigest xof ? hex(xof.digest(xofLength)) : hex(digest.digest());
    }

    @Test
    void namesAndSizes() {
        var cases = rows(CASES, "info");
        assertEquals(HashAlgorithms.AVAILABLE.size(), cases.size());
        for (String[] c : cases) {
            Digest digest = HashAlgorithms.create(c[1]);
            assertEquals(c[2], digest.name(), c[1]);
            assertEquals(Integer.parseInt(c[3]), digest.digestSize(), c[1] + " digest_size");
            assertEquals(Integer.parseInt(c[4]), digest.blockSize(), c[1] + " block_size");
        }
    }

    @Test
    void everyLengthFrom0To300() {
        for (String[] c : rows(CASES, "digest")) {
            int length = Integer.parseInt(c[2]);
            Digest digest = HashAlgorithms.create(c[1]);
            digest.update(pattern(length, 0));
            assertEquals(c[3], Digest.hex(digest.digest()), c[1] + " of " + length + " bytes");
            // Byte at a time, through the slice form, must agree.
            Digest bytewise = HashAlgorithms.create(c[1]);
            byte[] input = pattern(length + 2, 0);
            for (int i = 0; i < length; i++) {
                bytewise.update(input, i, 1);
            }
            assertEquals(c[3], hex(bytewise.digest()), c[1] + " of " + length + " bytes one at a time");
        }
    }

    @Test
    void largeInputsInOddChunks() {
        for (String[] c : rows(CASES, "chunked")) {
            int total = Integer.parseInt(c[2]);
            int[] chunks = Arrays.stream(c[3].split(",")).mapToInt(Integer::parseInt).toArray();
            byte[] input = pattern(total, 3);
            Digest digest = HashAlgorithms.create(c[1]);
            for (int at = 0, i = 0; at < total; i++) {
                int size = Math.min(chunks[i % chunks.length], total - at);
                digest.update(input, at, size);
                at += size;
            }
            assertEquals(c[4], output(digest, 77), c[1] + " of " + total + " bytes in chunks " + c[3]);
        }
    }

    @Test
    void copyMidStreamIsIndependent() {
        for (String[] c : rows(CASES, "copy")) {
            int first = Integer.parseInt(c[2]);
            Digest original = HashAlgorithms.create(c[1]);
            original.update(pattern(first, 0));
            Digest copy = original.copy();
            // Reading the digest mid-stream must not disturb the running state either.
            output(original, 64);
            original.update(pattern(Integer.parseInt(c[3]), 1));
            copy.update(pattern(Integer.parseInt(c[4]), 2));
            assertEquals(c[5], output(original, 64), c[1] + " original after copy at " + first);
            assertEquals(c[6], output(copy, 64), c[1] + " copy at " + first);
            assertEquals(original.name(), copy.name());
        }
    }

    @Test
    void namesAsHashlibNewResolvesThem() {
        for (String[] c : rows(CASES, "name")) {
            Optional<String> resolved = HashAlgorithms.pythonName(c[1]);
            if (c[2].equals("-")) {
                assertTrue(resolved.isEmpty(), "'" + c[1] + "' should be refused");
                PythonError error = assertThrows(PythonError.class, () -> HashAlgorithms.lookup(c[1]));
                assertEquals(c[3], error.type().pythonName(), c[1]);
                assertEquals(c[4], error.getMessage(), c[1]);
            } else {
                assertEquals(Optional.of(c[2]), resolved, "'" + c[1] + "'");
                assertEquals(c[2], HashAlgorithms.lookup(c[1]).name(), c[1]);
            }
        }
    }

    @Test
    void concurrentUpdatesAreAtomic() throws InterruptedException {
        // Equal chunks from many threads: any interleaving of whole updates gives one digest.
        byte[] chunk = pattern(1000, 5);
        for (String name : HashAlgorithms.AVAILABLE) {
            Digest shared = HashAlgorithms.create(name);
            Digest sequential = HashAlgorithms.create(name);
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (int i = 0; i < 400; i++) {
                    pool.execute(() -> shared.update(chunk));
                    sequential.update(chunk);
                }
                pool.shutdown();
                assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
            }
            if (shared instanceof ExtendableOutputDigest xof) {
                assertArrayEquals(((ExtendableOutputDigest) sequential).digest(50), xof.digest(50), name);
            } else {
                assertArrayEquals(sequential.digest(), shared.digest(), name);
            }
        }
    }

    @Test
    void unknownPythonNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HashAlgorithms.create("SHA256"));
    }
}
