package org.pythebo.runtime.ucd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** lookup() of every name, alias and named sequence and of the edge cases, against CPython 3.11. */
class NamesTest {
    private static String outcome(String found, int cp) {
        if (found == null) {
            return "N";
        }
        return found.equals(Character.toString(cp)) ? "Y" : "X(" + Expected.toHex(found) + ")";
    }

    /** The 14.0.0 name of each code point as CPython gives it, or null. */
    private static String[] latestNames() {
        String[] encoded = Expected.get().runs("property", Expected.LATEST, "name");
        String[] names = new String[encoded.length];
        for (int cp = 0; cp < encoded.length; cp++) {
            String value = encoded[cp];
            names[cp] = switch (value.charAt(0)) {
                case '~' -> null;
                case '*' -> value.substring(1) + Expected.hex(cp);
                default -> value.substring(1);
            };
        }
        return names;
    }

    /** lookup(name) and lookup(name.lower()) for the name of every code point. */
    private static void everyName(String version) {
        UnicodeData db = PropertiesTest.database(version);
        String[] expected = Expected.get().runs("name_lookup", version, "");
        String[] names = latestNames();
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " lookup of every name");
        for (int cp = 0; cp < names.length; cp++) {
            String actual = names[cp] == null ? "~"
                    : "=" + outcome(db.lookup(names[cp]), cp) + outcome(db.lookup(names[cp].toLowerCase(Locale.ROOT)), cp);
            String name = names[cp];
            int at = cp;
            mismatches.check(expected[cp].equals(actual), () -> "U+" + Expected.hex(at) + " " + name, expected[cp], actual);
            if (version.equals(Expected.LATEST) && name != null) {
                int found = db.codePointOf(name);
                mismatches.check(found == cp, () -> "codePointOf " + name, Expected.hex(cp), found);
            }
        }
        mismatches.assertNone();
    }

    /** Every CJK UNIFIED IDEOGRAPH- name with four or five upper-case hex digits. */
    private static void cjkNames(String version, int digits) {
        UnicodeData db = PropertiesTest.database(version);
        String[] expected = Expected.get().runs("cjk_lookup", version, Integer.toString(digits), 1 << 4 * digits);
        String format = "CJK UNIFIED IDEOGRAPH-%0" + digits + "X";
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " CJK names of " + digits + " digits");
        for (int value = 0; value < 1 << 4 * digits; value++) {
            String query = String.format(format, value);
            String found = db.lookup(query);
            String actual = found == null ? "=N" : found.equals(Character.toString(value)) ? "=Y" : "=" + Expected.toHex(found);
            mismatches.check(expected[value].equals(actual), () -> query, expected[value], actual);
        }
        mismatches.assertNone();
    }

    /** Aliases, named sequences and malformed names: results and KeyError messages. */
    private static void queries(String version) {
        UnicodeData db = PropertiesTest.database(version);
        Map<String, String> expected = Expected.get().keyed("lookup", version);
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " lookup");
        for (Map.Entry<String, String> query : expected.entrySet()) {
            String name = Expected.fromJson(query.getKey());
            String found = db.lookup(name);
            String actual = found == null ? "!" + UnicodeData.lookupErrorMessage(name) : "=" + Expected.toHex(found);
            mismatches.check(query.getValue().equals(actual), query::getKey, query.getValue(), actual);
            if (version.equals(Expected.LATEST)) {
                // codePointOf is lookup without named sequences.
                String character = query.getValue().startsWith("=") ? Expected.fromHex(query.getValue().substring(1)) : "";
                int wanted = character.codePointCount(0, character.length()) == 1 ? character.codePointAt(0) : -1;
                int codePoint = db.codePointOf(name);
                mismatches.check(codePoint == wanted, () -> "codePointOf " + query.getKey(), wanted, codePoint);
            }
        }
        mismatches.assertNone();
    }

    @TestFactory
    List<DynamicTest> lookups() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String version : List.of(Expected.LATEST, Expected.LEGACY)) {
            tests.add(DynamicTest.dynamicTest(version + " every name", () -> everyName(version)));
            tests.add(DynamicTest.dynamicTest(version + " CJK 4 digits", () -> cjkNames(version, 4)));
            tests.add(DynamicTest.dynamicTest(version + " CJK 5 digits", () -> cjkNames(version, 5)));
            tests.add(DynamicTest.dynamicTest(version + " aliases, sequences, edge cases", () -> queries(version)));
        }
        return tests;
    }
}
