package org.pythebo.modules._sha3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pythebo.modules.CpythonCases.hex;
import static org.pythebo.modules.CpythonCases.pattern;
import static org.pythebo.modules.CpythonCases.rows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.PythonError;

/** SHAKE on the Keccak sponge against CPython 3.11's outputs. */
class ShakeTest {

    private static final String CASES = "digest_cases.tsv";

    private static Shake create(String name) {
        return name.equals("shake_128") ? Shake.shake128() : Shake.shake256();
    }

    @Test
    void inChunksAndCopies() {
        for (String[] c : rows(CASES, "chunked")) {
            if (c[1].startsWith("shake_")) {
                int total = Integer.parseInt(c[2]);
                int[] chunks = Arrays.stream(c[3].split(",")).mapToInt(Integer::parseInt).toArray();
                byte[] input = pattern(total, 3);
                Shake digest = create(c[1]);
                for (int at = 0, i = 0; at < total; i++) {
                    int size = Math.min(chunks[i % chunks.length], total - at);
                    digest.update(input, at, size);
                    at += size;
                }
                String actual = hex(digest.digest(77));
                assertEquals(c[4], actual, c[1] + " of " + total + " bytes in chunks " + c[3]);
            }
        }
        for (String[] c : rows(CASES, "copy")) {
            if (c[1].startsWith("shake_")) {
                Shake original = create(c[1]);
                original.update(pattern(Integer.parseInt(c[2]), 0));
                Shake copy = original.copy();
                original.update(pattern(Integer.parseInt(c[3]), 1));
                copy.update(pattern(Integer.parseInt(c[4]), 2));
                assertEquals(c[5], hex(original.digest(64)), c[1] + " original");
                assertEquals(c[6], hex(copy.digest(64)), c[1] + " copy");
            }
        }
    }

    @Test
    void shakeEveryOutputLengthFrom0To1000() {
        for (String[] c : rows(CASES, "shake")) {
            Shake shake = create(c[1]);
            shake.update(pattern(Integer.parseInt(c[2]), 0));
            for (int length = 0; length <= 1000; length++) {
                assertEquals(c[3].substring(0, 2 * length), hex(shake.digest(length)),
                        c[1] + " of " + c[2] + " bytes, output length " + length);
            }
        }
    }

    @Test
    void shakeLongOutputs() {
        for (String[] c : rows(CASES, "shakebig")) {
            Shake shake = create(c[1]);
            shake.update(pattern(Integer.parseInt(c[2]), 0));
            JdkDigest sha256 = JdkDigest.sha256();
            sha256.update(shake.digest(Integer.parseInt(c[3])));
            assertEquals(c[4], hex(sha256.digest()), c[1] + " output of " + c[3] + " bytes");
        }
    }

    @Test
    void outputLengthChecksOfBothModules() {
        for (String[] c : rows(CASES, "shakelength")) {
            long length = Long.parseLong(c[2]);
            boolean forHex = c[3].equals("1");
            String label = c[1] + " " + (forHex ? "hexdigest(" : "digest(") + length + ")";
            if (c[4].equals("-")) {
                int accepted = c[1].equals("_sha3")
                        ? Shake.sha3ModuleOutputLength(length)
                        : Shake.hashlibOutputLength(length, forHex);
                assertEquals(length, accepted, label);
            } else {
                PythonError error = assertThrows(PythonError.class, () -> {
                    if (c[1].equals("_sha3")) {
                        Shake.sha3ModuleOutputLength(length);
                    } else {
                        Shake.hashlibOutputLength(length, forHex);
                    }
                }, label);
                assertEquals(c[4], error.type().pythonName(), label);
                assertEquals(c[5], error.getMessage(), label);
            }
        }
    }

    @Test
    void sha3ModuleAttributes() {
        Shake shake128 = Shake.shake128();
        assertEquals(1344, shake128.rateBits());
        assertEquals(256, shake128.capacityBits());
        Shake shake = Shake.shake256();
        assertEquals(1088, shake.rateBits());
        assertEquals(512, shake.capacityBits());
        assertEquals(0x1F, shake.suffix());
        assertThrows(UnsupportedOperationException.class, shake::digest);
        assertThrows(IllegalArgumentException.class, () -> shake.digest(-1));
    }
}
