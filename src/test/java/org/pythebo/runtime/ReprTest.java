package org.pythebo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.text.Repr;

/** {@link Repr} against CPython 3.11's repr and str.isprintable. */
class ReprTest {

    @Test
    void floatsAndImaginaries() throws Exception {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17,
                9999999999999998.0, 1.2345678901234567e16, 0.0001, 0.00001, 1.5e-5, 123456.789, 5e-324,
                Double.MAX_VALUE, Double.MIN_NORMAL, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                1e22, 1e23, 2.0 / 3, 1e-7, 3.14159, 1e300, 123456789012345680.0, 0.30000000000000004));
        for (int e = -30; e <= 30; e++) {
            double p = Math.pow(10, e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
            values.add(p * 7.25);
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextInt(1_000_000) / 1000.0);
        }
        List<String> input = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (double d : values) {
            input.add(Long.toHexString(Double.doubleToRawLongBits(d)));
            actual.add(Repr.floatRepr(d) + " " + Repr.complexRepr(0.0, d) + " " + Repr.complexRepr(1.5, d));
        }
        List<String> expected = PythonOracle.run("""
                import sys, struct
                for line in sys.stdin:
                    d = struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]
                    print(repr(d), repr(complex(0.0, d)), repr(complex(1.5, d)))
                """, input);
        PythonOracle.assertSameLines(expected, actual, input);
    }

    @Test
    void strings() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<int[]> cases = new ArrayList<>();
        cases.add(new int[] {});
        cases.add(new int[] {'\''});
        cases.add(new int[] {'"'});
        cases.add(new int[] {'\'', '"'});
        cases.add(new int[] {'a', '\\', '\t', '\n', '\r', 0, 0x7f, 0x80, 0xa0, 0xad, 0xff, 0x100, ' ', 0x2028});
        cases.add(new int[] {0xd800, 'x', 0xdfff, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0xe000, 0xe0001});
        for (int start = 0; start < 0x30000; start += 97) {
            int[] cps = new int[97];
            for (int k = 0; k < cps.length; k++) {
                cps[k] = start + k;
            }
            cases.add(withoutSurrogatePairs(cps));
        }
        for (int i = 0; i < 300; i++) {
            int[] cps = new int[random.nextInt(12)];
            for (int k = 0; k < cps.length; k++) {
                cps[k] = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x300);
            }
            cases.add(withoutSurrogatePairs(cps));
        }
        List<String> input = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int[] cps : cases) {
            StringBuilder hex = new StringBuilder();
            StringBuilder s = new StringBuilder();
            for (int cp : cps) {
                hex.append(Integer.toHexString(cp)).append(' ');
                s.appendCodePoint(cp);
            }
            input.add(hex.toString());
            actual.add(Repr.str(s.toString()));
        }
        List<String> expected = PythonOracle.run("""
                import sys
                for line in sys.stdin:
                    print(repr(''.join(chr(int(h, 16)) for h in line.split())))
                """, input);
        PythonOracle.assertSameLines(expected, actual, input);
    }

    /** A high surrogate followed by a low one would be one code point in Java but two in Python. */
    private static int[] withoutSurrogatePairs(int[] cps) {
        for (int k = 1; k < cps.length; k++) {
            if (Character.isLowSurrogate((char) cps[k]) && cps[k] <= 0xffff
                    && cps[k - 1] <= 0xffff && Character.isHighSurrogate((char) cps[k - 1])) {
                cps[k] = 'z';
            }
        }
        return cps;
    }

    @Test
    void bytes() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        List<byte[]> cases = new ArrayList<>();
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        cases.add(all);
        cases.add(new byte[] {'\''});
        cases.add(new byte[] {'"', '\''});
        cases.add(new byte[] {'\'', 'a'});
        cases.add(new byte[] {});
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(10)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (random.nextInt(3) == 0 ? "'\"\\".charAt(random.nextInt(3)) : random.nextInt(256));
            }
            cases.add(b);
        }
        List<String> input = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (byte[] b : cases) {
            input.add("x" + HexFormat.of().formatHex(b));
            actual.add(Repr.bytes(b));
        }
        List<String> expected = PythonOracle.run("""
                import sys
                for line in sys.stdin:
                    print(repr(bytes.fromhex(line[1:].strip())))
                """, input);
        PythonOracle.assertSameLines(expected, actual, input);
    }

    /** The code points where isprintable / "assigned" change value, over all of Unicode. */
    @Test
    void printableAndAssignedMatchUnicode14() throws Exception {
        List<String> expected = PythonOracle.run("""
                import unicodedata
                for name, pred in (('printable', str.isprintable),
                                   ('assigned', lambda c: unicodedata.category(c) != 'Cn')):
                    prev, changes = False, []
                    for cp in range(0x110000):
                        v = pred(chr(cp))
                        if v != prev:
                            changes.append('%x' % cp)
                            prev = v
                    print(name, ' '.join(changes))
                """, List.of());
        List<String> actual = new ArrayList<>();
        for (String name : List.of("printable", "assigned")) {
            boolean prev = false;
            StringBuilder changes = new StringBuilder();
            for (int cp = 0; cp < 0x110000; cp++) {
                boolean v = name.equals("printable") ? Repr.isPrintable(cp) : Repr.isAssigned(cp);
                if (v != prev) {
                    changes.append(changes.isEmpty() ? "" : " ").append(Integer.toHexString(cp));
                    prev = v;
                }
            }
            actual.add(name + " " + changes);
        }
        assertEquals(expected, actual);
    }
}
