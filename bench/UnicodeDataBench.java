import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.ucd.NormalizationForm;
import org.pythebo.runtime.ucd.UnicodeData;

/**
 * Pythebo's side of bench/unicodedata.sh. {@code cold} times the first call of each kind in a
 * fresh JVM (which is when the tables load); {@code warm} prints nanoseconds per call after warm-up.
 *
 * Usage: java -cp target/classes:BENCH_CLASSES UnicodeDataBench cold|warm
 */
public final class UnicodeDataBench {
    private static final String LATIN = "Ça été une journée très spéciale à Genève, naïve façade, coöperate";
    private static final String HANGUL = "유니코드 정규화는 한글 음절을 자모로 분해하고 다시 조합합니다";
    private static final String ASCII = "The quick brown fox jumps over the lazy dog 0123456789";

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("cold")) {
            cold();
        } else if (args.length == 1 && args[0].equals("warm")) {
            warm();
        } else {
            throw new IllegalArgumentException("usage: UnicodeDataBench cold|warm");
        }
    }

    private static void cold() {
        UnicodeData latest = UnicodeData.latest();
        UnicodeData legacy = UnicodeData.version3_2_0();
        StringBuilder results = new StringBuilder();
        step("first category (loads properties.bin)", () -> results.append(latest.category('A')));
        step("first name (loads names.bin)", () -> results.append(latest.name('A')));
        step("first lookup (indexes the names)", () -> results.append(latest.lookup("LATIN SMALL LETTER A")));
        step("first normalize, 14.0.0 (builds its tables)", () -> results.append(latest.normalize(NormalizationForm.NFC, "e\u0301")));
        step("first normalize, 3.2.0 (builds its tables)", () -> results.append(legacy.normalize(NormalizationForm.NFKC, "\uFB01")));
        System.out.println("(" + results.length() + ")");
    }

    /** Prints the wall and CPU time (this thread's) of one step. */
    private static void step(String what, Runnable body) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        body.run();
        System.out.printf("%-46s %7.1f ms wall %7.1f ms cpu%n", what,
                (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static long sink;

    /** Runs {@code body} (which performs {@code calls} calls) until warm, then prints ns per call. */
    private static void time(String what, int calls, Runnable body) {
        if (calls == 1) {
            // One call is too short to time: repeat it.
            Runnable once = body;
            body = () -> {
                for (int i = 0; i < 10_000; i++) {
                    once.run();
                }
            };
            calls = 10_000;
        }
        for (int i = 0; i < 10; i++) {
            body.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            body.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-44s %8.1f ns/call%n", what, (double) best / calls);
    }

    private static void warm() {
        UnicodeData latest = UnicodeData.latest();
        UnicodeData legacy = UnicodeData.version3_2_0();
        int all = 0x110000;
        time("category (every code point)", all, () -> {
            for (int cp = 0; cp < all; cp++) {
                sink += latest.category(cp).length();
            }
        });
        time("combining (every code point)", all, () -> {
            for (int cp = 0; cp < all; cp++) {
                sink += latest.combining(cp);
            }
        });
        time("numeric (every code point)", all, () -> {
            for (int cp = 0; cp < all; cp++) {
                sink += (long) latest.numeric(cp);
            }
        });
        time("decomposition (U+0000..U+FFFF)", 0x10000, () -> {
            for (int cp = 0; cp < 0x10000; cp++) {
                sink += latest.decomposition(cp).length();
            }
        });
        time("name (U+0000..U+FFFF)", 0x10000, () -> {
            for (int cp = 0; cp < 0x10000; cp++) {
                String name = latest.name(cp);
                sink += name == null ? 0 : name.length();
            }
        });
        List<String> names = new ArrayList<>();
        for (int cp = 0; cp < 0x30000; cp++) {
            String name = latest.name(cp);
            if (name != null) {
                names.add(name);
            }
        }
        time("lookup (every name up to U+2FFFF)", names.size(), () -> {
            for (String name : names) {
                sink += latest.lookup(name).length();
            }
        });
        for (String[] text : new String[][] {{"ASCII", ASCII}, {"Latin", LATIN}, {"Hangul", HANGUL}}) {
            String nfd = latest.normalize(NormalizationForm.NFD, text[1]);
            for (NormalizationForm form : NormalizationForm.values()) {
                time("normalize " + form + " " + text[0] + " (" + text[1].length() + " chars)", 1,
                        () -> sink += latest.normalize(form, text[1]).length());
                time("normalize " + form + " " + text[0] + " NFD input", 1,
                        () -> sink += latest.normalize(form, nfd).length());
                time("is_normalized " + form + " " + text[0], 1,
                        () -> sink += latest.isNormalized(form, text[1]) ? 1 : 0);
            }
        }
        time("ucd_3_2_0 normalize NFKC Latin", 1, () -> sink += legacy.normalize(NormalizationForm.NFKC, LATIN).length());
        time("ucd_3_2_0 is_normalized NFKC Latin", 1, () -> sink += legacy.isNormalized(NormalizationForm.NFKC, LATIN) ? 1 : 0);
        System.out.println("(" + sink + ")".length());
    }
}
