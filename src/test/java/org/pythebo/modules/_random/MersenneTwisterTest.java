package org.pythebo.modules._random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.CpythonCases.rows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** MT19937 against CPython 3.11's _random.Random. */
class MersenneTwisterTest {

    private static final String CASES = "random_cases.tsv";

    private static long[] numbers(String text) {
        return Arrays.stream(text.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    @Test
    void stateAfterSeeding() {
        // Each seed has two state rows: right after seeding, then after its draws.
        List<String[]> states = rows(CASES, "state");
        for (int i = 0; i < states.size(); i += 2) {
            String[] c = states.get(i);
            MersenneTwister twister = new MersenneTwister(new BigInteger(c[1]));
            assertArrayEquals(numbers(c[2]), twister.getState(), "state after seed(" + c[1] + ")");
        }
    }

    @Test
    void randomAfterSeeding() {
        for (String[] c : rows(CASES, "random")) {
            MersenneTwister twister = new MersenneTwister(new BigInteger(c[1]));
            String[] expected = c[2].split(" ");
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.parseDouble(expected[i]), twister.random(), "seed " + c[1] + " draw " + i);
            }
        }
    }

    @Test
    void getrandbitsForEveryWidthAndLargeOnes() {
        List<String[]> states = rows(CASES, "state");
        int seedIndex = 0;
        MersenneTwister twister = null;
        for (String[] c : rows(CASES, "bits")) {
            if (c[2].equals("0-300")) {
                if (twister != null) {
                    assertArrayEquals(numbers(states.get(2 * seedIndex + 1)[2]), twister.getState(), "end state");
                    seedIndex++;
                }
                twister = new MersenneTwister(new BigInteger(c[1]));
                String[] expected = c[3].split(" ");
                for (int k = 0; k <= 300; k++) {
                    assertEquals(new BigInteger(expected[k], 16), twister.getrandbits(k),
                            "seed " + c[1] + " getrandbits(" + k + ")");
                }
            } else {
                int k = Integer.parseInt(c[2]);
                assertEquals(new BigInteger(c[3], 16), twister.getrandbits(k), "seed " + c[1] + " getrandbits(" + k + ")");
            }
        }
        assertArrayEquals(numbers(states.get(2 * seedIndex + 1)[2]), twister.getState(), "end state");
        assertEquals(states.size() / 2 - 1, seedIndex);
    }

    @Test
    void setStateThenDraw() {
        for (String[] c : rows(CASES, "setstate")) {
            long[] items = numbers(c[1]);
            int[] words = new int[MersenneTwister.STATE_WORDS];
            for (int i = 0; i < words.length; i++) {
                words[i] = (int) items[i];
            }
            MersenneTwister twister = new MersenneTwister(BigInteger.ZERO);
            twister.setState(words, items[624]);
            String label = "setstate at position " + items[624];
            for (String value : c[2].split(" ")) {
                assertEquals(Double.parseDouble(value), twister.random(), label);
            }
            assertEquals(new BigInteger(c[3], 16), twister.getrandbits(100), label);
        }
    }

    @Test
    void errorsWithCpythonsMessages() {
        MersenneTwister twister = new MersenneTwister(BigInteger.ONE);
        int[] words = new int[MersenneTwister.STATE_WORDS];
        for (String[] c : rows(CASES, "setstateerror")) {
            assertEquals("ValueError", c[2]);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> {
                switch (c[1]) {
                    case "index -1" -> twister.setState(words, -1);
                    case "index 625" -> twister.setState(words, 625);
                    case "short" -> twister.setState(new int[623], 0);
                    default -> twister.setState(new int[625], 0);
                }
            }, c[1]);
            assertEquals(c[3], error.getMessage(), c[1]);
        }
        for (String[] c : rows(CASES, "bitserror")) {
            IllegalArgumentException error =
                    assertThrows(IllegalArgumentException.class, () -> twister.getrandbits(Integer.parseInt(c[1])));
            assertEquals(c[3], error.getMessage());
        }
    }

    @Test
    void getrandbitsLongDrawsWhatGetrandbitsDraws() {
        MersenneTwister big = new MersenneTwister(BigInteger.valueOf(7));
        MersenneTwister small = new MersenneTwister(BigInteger.valueOf(7));
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < 64; k++) {
                assertEquals(big.getrandbits(k).longValueExact(), small.getrandbitsLong(k), "getrandbits(" + k + ")");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> small.getrandbitsLong(64));
    }

    @Test
    void unseededDrawsZeros() {
        MersenneTwister twister = MersenneTwister.unseeded();
        for (int i = 0; i < 1000; i++) {
            assertEquals(0.0, twister.random());
        }
        assertEquals(BigInteger.ZERO, twister.getrandbits(100));
    }

    @Test
    void stateRoundTrip() {
        MersenneTwister source = new MersenneTwister(BigInteger.valueOf(2024));
        for (int i = 0; i < 1000; i++) {
            source.random();
        }
        long[] saved = source.getState();
        int[] words = new int[MersenneTwister.STATE_WORDS];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) saved[i];
        }
        MersenneTwister restored = new MersenneTwister(BigInteger.ONE);
        restored.setState(words, saved[624]);
        assertArrayEquals(saved, restored.getState());
        for (int i = 0; i < 2000; i++) {
            assertEquals(source.random(), restored.random());
        }
    }

    @Test
    void entropySeedingGivesDifferentStreams() {
        MersenneTwister first = new MersenneTwister();
        MersenneTwister second = new MersenneTwister();
        assertNotEquals(Arrays.toString(first.getState()), Arrays.toString(second.getState()));
        assertEquals(624, first.getState()[624]);
    }

    @Test
    void concurrentDrawsShareOneSequence() throws Exception {
        MersenneTwister shared = new MersenneTwister(BigInteger.valueOf(7));
        MersenneTwister sequential = new MersenneTwister(BigInteger.valueOf(7));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            expected.add(sequential.nextInt());
        }
        List<Integer> drawn = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        drawn.add(shared.nextInt());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        Collections.sort(expected);
        List<Integer> sorted = new ArrayList<>(drawn);
        Collections.sort(sorted);
        assertEquals(expected, sorted);
        assertTrue(shared.getState()[624] == sequential.getState()[624]);
    }
}
