package org.pythebo.modules._blake2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pythebo.modules.CpythonCases.hex;
import static org.pythebo.modules.CpythonCases.pattern;
import static org.pythebo.modules.CpythonCases.rows;
import static org.pythebo.modules.CpythonCases.unhex;

import org.junit.jupiter.api.Test;
import org.pythebo.modules.digest.Digest;
import org.pythebo.modules.digest.PythonError;

/** BLAKE2b and BLAKE2s with CPython's parameters and parameter errors. */
class Blake2Test {

    private static final String CASES = "blake2_cases.tsv";

    /** Fills the parameters in signature order, as the module layer will. */
    private static Blake2Parameters parameters(String text) {
        Blake2Parameters parameters = new Blake2Parameters();
        if (text.equals("-")) {
            return parameters;
        }
        for (String item : text.split(";")) {
            String key = item.substring(0, item.indexOf('='));
            String value = item.substring(item.indexOf('=') + 1);
            switch (key) {
                case "digest_size" -> parameters.digestSize(Integer.parseInt(value));
                case "key" -> parameters.key(unhex(value));
                case "salt" -> parameters.salt(unhex(value));
                case "person" -> parameters.person(unhex(value));
                case "fanout" -> parameters.fanout(Integer.parseInt(value));
                case "depth" -> parameters.depth(Integer.parseInt(value));
                case "leaf_size" -> parameters.leafSize(Long.parseUnsignedLong(value));
                case "node_offset" -> parameters.nodeOffset(Long.parseUnsignedLong(value));
                case "node_depth" -> parameters.nodeDepth(Integer.parseInt(value));
                case "inner_size" -> parameters.innerSize(Integer.parseInt(value));
                case "last_node" -> parameters.lastNode(!value.equals("0"));
                default -> throw new IllegalArgumentException(key);
            }
        }
        return parameters;
    }

    /** Whether every leaf_size and node_offset in the parameter text is a C unsigned 64-bit value. */
    private static boolean fitsUnsigned64(String text) {
        for (String item : text.split(";")) {
            if (item.startsWith("leaf_size=") || item.startsWith("node_offset=")) {
                String value = item.substring(item.indexOf('=') + 1);
                if (value.startsWith("-") || new java.math.BigInteger(value).bitLength() > 64) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Digest create(String algorithm, Blake2Parameters parameters) {
        return algorithm.equals("blake2b") ? Blake2b.create(parameters) : Blake2s.create(parameters);
    }

    @Test
    void classConstants() {
        for (String[] c : rows(CASES, "blake2sizes")) {
            boolean big = c[1].equals("blake2b");
            assertEquals(Integer.parseInt(c[2]), big ? Blake2b.SALT_SIZE : Blake2s.SALT_SIZE);
            assertEquals(Integer.parseInt(c[3]), big ? Blake2b.PERSON_SIZE : Blake2s.PERSON_SIZE);
            assertEquals(Integer.parseInt(c[4]), big ? Blake2b.MAX_KEY_SIZE : Blake2s.MAX_KEY_SIZE);
            assertEquals(Integer.parseInt(c[5]), big ? Blake2b.MAX_DIGEST_SIZE : Blake2s.MAX_DIGEST_SIZE);
        }
    }

    @Test
    void parameterCombinations() {
        for (String[] c : rows(CASES, "blake2")) {
            int length = Integer.parseInt(c[3]);
            String label = c[1] + "(" + c[2] + ") of " + length + " bytes";
            Digest digest = create(c[1], parameters(c[2]));
            digest.update(pattern(length, c[2].equals("key=6b657921") ? 0 : 1));
            assertEquals(c[4], hex(digest.digest()), label);
            assertEquals(c[4].length() / 2, digest.digestSize(), label);
            assertEquals(c[1], digest.name());
        }
    }

    @Test
    void parameterErrorsInCpythonsOrder() {
        for (String[] c : rows(CASES, "blake2error")) {
            if (!fitsUnsigned64(c[2])) {
                // Argument conversion refuses these before the core sees them (Convert's unsigned converters).
                continue;
            }
            String label = c[1] + "(" + c[2] + ")";
            if (c[3].equals("-")) {
                assertNotNull(create(c[1], parameters(c[2])), label);
                continue;
            }
            PythonError error = assertThrows(PythonError.class, () -> create(c[1], parameters(c[2])), label);
            assertEquals(c[3], error.type().pythonName(), label);
            assertEquals(c[4], error.getMessage(), label);
        }
    }

    @Test
    void copyKeepsTheParameters() {
        Blake2Parameters parameters = new Blake2Parameters().digestSize(20).key(new byte[] {1, 2}).lastNode(true);
        for (String algorithm : new String[] {"blake2b", "blake2s"}) {
            Digest original = create(algorithm, parameters);
            original.update(pattern(300, 0));
            Digest copy = original.copy();
            Digest again = create(algorithm, parameters);
            again.update(pattern(300, 0));
            assertEquals(hex(again.digest()), hex(copy.digest()), algorithm);
            assertEquals(20, copy.digestSize());
        }
    }
}
