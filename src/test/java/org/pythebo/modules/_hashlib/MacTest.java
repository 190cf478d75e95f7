package org.pythebo.modules._hashlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pythebo.modules.CpythonCases.hex;
import static org.pythebo.modules.CpythonCases.pattern;
import static org.pythebo.modules.CpythonCases.rows;
import static org.pythebo.modules.CpythonCases.unhex;

import org.junit.jupiter.api.Test;
import org.pythebo.modules.digest.PythonError;

/** HMAC, PBKDF2-HMAC, scrypt and compare_digest against CPython 3.11. */
class MacTest {

    private static final String CASES = "mac_cases.tsv";

    private static void assertPythonError(String type, String message, PythonError error, String label) {
        assertEquals(type, error.type().pythonName(), label);
        assertEquals(message, error.getMessage(), label);
    }

    @Test
    void hmacOverEveryDigest() {
        for (String[] c : rows(CASES, "hmac")) {
            int length = Integer.parseInt(c[3]);
            String label = "hmac " + c[1] + " key " + c[2].length() / 2 + " bytes, message " + length;
            Hmac mac = Hmac.create(unhex(c[2]), c[1]);
            mac.update(pattern(length, 11));
            assertEquals(c[4], mac.name(), label);
            assertEquals(Integer.parseInt(c[5]), mac.digestSize(), label);
            assertEquals(Integer.parseInt(c[6]), mac.blockSize(), label);
            assertEquals(c[7], hex(mac.digest()), label);
        }
    }

    @Test
    void hmacCopy() {
        for (String[] c : rows(CASES, "hmaccopy")) {
            Hmac original = Hmac.create("key".getBytes(), c[1]);
            original.update(pattern(100, 0));
            Hmac copy = original.copy();
            original.update(pattern(50, 1));
            copy.update(pattern(70, 2));
            assertEquals(c[2], hex(original.digest()), c[1] + " original");
            assertEquals(c[3], hex(copy.digest()), c[1] + " copy");
        }
    }

    @Test
    void hmacDigestNames() {
        for (String[] c : rows(CASES, "hmacname")) {
            if (c[2].equals("-")) {
                assertEquals(c[3], Hmac.create(new byte[] {'k'}, c[1]).name(), c[1]);
            } else {
                PythonError error = assertThrows(PythonError.class, () -> Hmac.create(new byte[] {'k'}, c[1]));
                assertPythonError(c[2], c[3], error, c[1]);
            }
        }
    }

    @Test
    void pbkdf2() {
        for (String[] c : rows(CASES, "pbkdf2")) {
            long keyLength = Long.parseLong(c[5]);
            String label = "pbkdf2 " + c[1] + " iterations " + c[4] + " dklen " + c[5];
            byte[] derived = Pbkdf2Hmac.derive(
                    c[1], unhex(c[2]), unhex(c[3]), Long.parseLong(c[4]), keyLength == 0 ? null : keyLength);
            assertEquals(c[6], hex(derived), label);
        }
    }

    @Test
    void pbkdf2Errors() {
        for (String[] c : rows(CASES, "pbkdf2error")) {
            Long keyLength = c[3].equals("-") ? null : Long.valueOf(c[3]);
            String label = "pbkdf2 " + c[1] + " iterations " + c[2] + " dklen " + c[3];
            PythonError error = assertThrows(PythonError.class, () -> Pbkdf2Hmac.derive(
                    c[1], new byte[] {'p'}, new byte[] {'s'}, Long.parseLong(c[2]), keyLength), label);
            assertPythonError(c[4], c[5], error, label);
        }
    }

    @Test
    void scrypt() {
        for (String[] c : rows(CASES, "scrypt")) {
            String label = "scrypt n=" + c[3] + " r=" + c[4] + " p=" + c[5];
            byte[] derived = Scrypt.derive(unhex(c[1]), unhex(c[2]), Long.parseUnsignedLong(c[3]),
                    Long.parseUnsignedLong(c[4]), Long.parseUnsignedLong(c[5]), Long.parseLong(c[6]),
                    Long.parseLong(c[7]));
            assertEquals(c[8], hex(derived), label);
        }
    }

    @Test
    void scryptParameterChecks() {
        for (String[] c : rows(CASES, "scrypterror")) {
            String label = "scrypt n=" + c[1] + " r=" + c[2] + " p=" + c[3] + " maxmem=" + c[4] + " dklen=" + c[5];
            long n = Long.parseUnsignedLong(c[1]);
            long r = Long.parseUnsignedLong(c[2]);
            long p = Long.parseUnsignedLong(c[3]);
            long maxmem = Long.parseLong(c[4]);
            long dklen = Long.parseLong(c[5]);
            byte[] password = {'p'};
            byte[] salt = {'s'};
            if (c[6].equals("-")) {
                assertEquals(dklen, Scrypt.derive(password, salt, n, r, p, maxmem, dklen).length, label);
            } else {
                PythonError error = assertThrows(
                        PythonError.class, () -> Scrypt.derive(password, salt, n, r, p, maxmem, dklen), label);
                assertPythonError(c[6], c[7], error, label);
            }
        }
    }

    @Test
    void compareDigest() {
        for (String[] c : rows(CASES, "compare")) {
            assertEquals(c[3].equals("1"), CompareDigest.equal(unhex(c[1]), unhex(c[2])), c[1] + " vs " + c[2]);
        }
        assertEquals(true, CompareDigest.equal("abc", "abc"));
        assertEquals(false, CompareDigest.equal("abc", "abd"));
        PythonError error = assertThrows(PythonError.class, () -> CompareDigest.equal("\u00e9", "\u00e9"));
        assertPythonError("TypeError", "comparing strings with non-ASCII characters is not supported", error, "str");
    }
}
