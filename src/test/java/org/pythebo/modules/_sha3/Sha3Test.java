package org.pythebo.modules._sha3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pythebo.modules.CpythonCases.hex;
import static org.pythebo.modules.CpythonCases.pattern;
import static org.pythebo.modules.CpythonCases.rows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pythebo.modules.hashlib.Digest;
import org.pythebo.modules.hashlib.JdkDigest;
import org.pythebo.modules.hashlib.PythonError;

/** The Keccak sponge's SHA-3 and SHAKE against CPython 3.11's outputs. */
class Sha3Test {

    private static final String CASES = "digest_cases.tsv";

    private static Digest create(String name) {
        return switch (name) {
            case "shake_128" -> Shake.shake128();
            case "shake_256" -> Shake.shake256();
            default -> Sha3.create(Integer.parseInt(name.substring("sha3_".length())));
        };
    }

    @Test
    void sha3EveryLengthFrom0To300() {
        int compared = 0;
        for (String[] c : rows(CASES, "digest")) {
            if (c[1].startsWith("sha3_")) {
                Digest digest = create(c[1]);
                digest.update(pattern(Integer.parseInt(c[2]), 0));
                assertEquals(c[3], hex(digest.digest()), c[1] + " of " + c[2] + " bytes");
                compared++;
            }
        }
        assertEquals(4 * 301, compared);
    }

    @Test
    void sha3InChunksAndCopies() {
        for (String[] c : rows(CASES, "chunked")) {
            if (c[1].startsWith("sha3_") || c[1].startsWith("shake_")) {
                int total = Integer.parseInt(c[2]);
                int[] chunks = Arrays.stream(c[3].split(",")).mapToInt(Integer::parseInt).toArray();
                byte[] input = pattern(total, 3);
                Digest digest = create(c[1]);
                for (int at = 0, i = 0; at < total; i++) {
                    int size = Math.min(chunks[i % chunks.length], total - at);
                    digest.update(input, at, size);
                    at += size;
                }
                String actual = digest instanceof Shake shake ? hex(shake.digest(77)) : hex(digest.digest());
                assertEquals(c[4], actual, c[1] + " of " + total + " bytes in chunks " + c[3]);
            }
        }
        for (String[] c : rows(CASES, "copy")) {
            if (c[1].startsWith("sha3_") || c[1].startsWith("shake_")) {
                Digest original = create(c[1]);
                original.update(pattern(Integer.parseInt(c[2]), 0));
                Digest copy = original.copy();
                original.update(pattern(Integer.parseInt(c[3]), 1));
                copy.update(pattern(Integer.parseInt(c[4]), 2));
                String left = original instanceof Shake shake ? hex(shake.digest(64)) : hex(original.digest());
                String right = copy instanceof Shake shake ? hex(shake.digest(64)) : hex(copy.digest());
                assertEquals(c[5], left, c[1] + " original");
                assertEquals(c[6], right, c[1] + " copy");
            }
        }
    }

    @Test
    void shakeEveryOutputLengthFrom0To1000() {
        for (String[] c : rows(CASES, "shake")) {
            Shake shake = (Shake) create(c[1]);
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
            Shake shake = (Shake) create(c[1]);
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
        Sha3 sha3 = Sha3.create(224);
        assertEquals(1152, sha3.rateBits());
        assertEquals(448, sha3.capacityBits());
        assertEquals(0x06, sha3.suffix());
        Shake shake = Shake.shake256();
        assertEquals(1088, shake.rateBits());
        assertEquals(512, shake.capacityBits());
        assertEquals(0x1F, shake.suffix());
        assertThrows(UnsupportedOperationException.class, shake::digest);
        assertThrows(IllegalArgumentException.class, () -> shake.digest(-1));
    }
}
