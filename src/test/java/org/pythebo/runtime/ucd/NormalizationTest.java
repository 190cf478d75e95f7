package org.pythebo.runtime.ucd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** normalize() and is_normalized() against CPython 3.11: every code point, random strings. */
class NormalizationTest {
    private static final NormalizationForm[] FORMS = {
        NormalizationForm.NFC, NormalizationForm.NFD, NormalizationForm.NFKC, NormalizationForm.NFKD};

    private static void everyCodePoint(String version, NormalizationForm form) {
        UnicodeData db = PropertiesTest.database(version);
        String[] results = Expected.get().runs("normalize", version, form.name());
        String[] flags = Expected.get().runs("is_normalized", version, form.name());
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " " + form);
        for (int cp = 0; cp < Expected.CODE_POINTS; cp++) {
            String s = Character.toString(cp);
            String expected = results[cp].equals("*") ? s : Expected.fromHex(results[cp].substring(1));
            String actual = db.normalize(form, s);
            int at = cp;
            if (!expected.equals(actual)) {
                mismatches.check(false, () -> "normalize U+" + Expected.hex(at), Expected.toHex(expected), Expected.toHex(actual));
            }
            String isNormalized = db.isNormalized(form, s) ? "=True" : "=False";
            mismatches.check(flags[cp].equals(isNormalized), () -> "is_normalized U+" + Expected.hex(at), flags[cp], isNormalized);
        }
        mismatches.assertNone();
    }

    /** The four results and flags of each random string, in the expected file's layout. */
    private static String answers(UnicodeData db, String s) {
        StringBuilder line = new StringBuilder();
        StringBuilder flags = new StringBuilder();
        for (NormalizationForm form : FORMS) {
            line.append(Expected.toHex(db.normalize(form, s))).append('\t');
            flags.append(db.isNormalized(form, s) ? 'T' : 'F');
        }
        return line.append(flags).toString();
    }

    private static void randomStrings(String version) {
        UnicodeData db = PropertiesTest.database(version);
        Map<String, String> expected = Expected.get().keyed("random", version);
        Expected.Mismatches mismatches = new Expected.Mismatches(version + " random strings (NFC NFD NFKC NFKD flags)");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String actual = answers(db, Expected.fromHex(entry.getKey()));
            mismatches.check(entry.getValue().equals(actual), entry::getKey, entry.getValue(), actual);
        }
        mismatches.assertNone();
    }

    @TestFactory
    List<DynamicTest> normalization() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String version : List.of(Expected.LATEST, Expected.LEGACY)) {
            for (NormalizationForm form : FORMS) {
                tests.add(DynamicTest.dynamicTest(version + " " + form + " of every code point",
                        () -> everyCodePoint(version, form)));
            }
            tests.add(DynamicTest.dynamicTest(version + " random strings", () -> randomStrings(version)));
        }
        return tests;
    }

    @Test
    void formNames() {
        Expected.Mismatches mismatches = new Expected.Mismatches("normalization form names");
        for (String line : Expected.get().section("forms")) {
            String form = Expected.fromJson(line.substring(0, line.indexOf('\t')));
            String expected = line.substring(line.indexOf('\t') + 1);
            String actual = NormalizationForm.of(form) != null ? "Y" : "N";
            mismatches.check(expected.equals(actual), () -> line, expected, actual);
        }
        mismatches.assertNone();
    }

    /** The tables are shared, immutable state: threads normalizing at once agree with one alone. */
    @Test
    void concurrentUse() throws Exception {
        List<String> inputs = new ArrayList<>(Expected.get().keyed("random", Expected.LATEST).keySet());
        List<String> alone = new ArrayList<>();
        for (String input : inputs) {
            alone.add(answers(UnicodeData.version3_2_0(), Expected.fromHex(input)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<String> results = new ArrayList<>();
                    for (String input : inputs) {
                        results.add(answers(UnicodeData.version3_2_0(), Expected.fromHex(input)));
                    }
                    return results;
                }));
            }
            for (Future<List<String>> future : futures) {
                assertEquals(alone, future.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
