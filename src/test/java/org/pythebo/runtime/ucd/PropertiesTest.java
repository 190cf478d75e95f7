package org.pythebo.runtime.ucd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every property of every code point, in both versions, against CPython 3.11's answers. */
class PropertiesTest {
    static UnicodeData database(String version) {
        return version.equals(Expected.LATEST) ? UnicodeData.latest() : UnicodeData.version3_2_0();
    }

    /** A value encoded as the expected file writes it: '=' and str(), or '~' for None. */
    static String encode(Object value) {
        return value == null ? "~" : "=" + value;
    }

    /** A name encoded as the expected file writes it ('*PREFIX' when it ends in its hex). */
    static String encodeName(int cp, String name) {
        String hex = Expected.hex(cp);
        if (name != null && name.endsWith(hex)) {
            return "*" + name.substring(0, name.length() - hex.length());
        }
        return encode(name);
    }

    private static void compare(String version, String property, IntFunction<String> actual) {
        String[] expected = Expected.get().runs("property", version, property);
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " " + property);
        for (int cp = 0; cp < Expected.CODE_POINTS; cp++) {
            String value = actual.apply(cp);
            int at = cp;
            mismatches.check(expected[cp].equals(value), () -> "U+" + Expected.hex(at), expected[cp], value);
        }
        mismatches.assertNone();
    }

    @TestFactory
    List<DynamicTest> everyCodePoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String version : List.of(Expected.LATEST, Expected.LEGACY)) {
            UnicodeData db = database(version);
            tests.add(DynamicTest.dynamicTest(version + " name",
                    () -> compare(version, "name", cp -> encodeName(cp, db.name(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " category",
                    () -> compare(version, "category", cp -> encode(db.category(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " bidirectional",
                    () -> compare(version, "bidirectional", cp -> encode(db.bidirectional(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " combining",
                    () -> compare(version, "combining", cp -> encode(db.combining(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " east_asian_width",
                    () -> compare(version, "east_asian_width", cp -> encode(db.eastAsianWidth(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " mirrored",
                    () -> compare(version, "mirrored", cp -> encode(db.mirrored(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " decomposition",
                    () -> compare(version, "decomposition", cp -> encode(db.decomposition(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " decimal",
                    () -> compare(version, "decimal", cp -> db.decimal(cp) < 0 ? "~" : encode(db.decimal(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " digit",
                    () -> compare(version, "digit", cp -> db.digit(cp) < 0 ? "~" : encode(db.digit(cp)))));
            tests.add(DynamicTest.dynamicTest(version + " numeric", () -> compareNumeric(version, db)));
        }
        return tests;
    }

    /** Numeric values compare as doubles, bit for bit (the file has Python's repr of each). */
    private static void compareNumeric(String version, UnicodeData db) {
        String[] expected = Expected.get().runs("property", version, "numeric");
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " numeric");
        for (int cp = 0; cp < Expected.CODE_POINTS; cp++) {
            double value = db.numeric(cp);
            boolean ok = expected[cp].equals("~")
                    ? Double.isNaN(value)
                    : Double.doubleToLongBits(Double.parseDouble(expected[cp].substring(1))) == Double.doubleToLongBits(value);
            int at = cp;
            mismatches.check(ok, () -> "U+" + Expected.hex(at), expected[cp], value);
        }
        mismatches.assertNone();
    }

    @Test
    void unidataVersion() {
        assertEquals(Expected.LATEST, UnicodeData.latest().unidataVersion());
        assertEquals(Expected.LEGACY, UnicodeData.version3_2_0().unidataVersion());
    }
}
