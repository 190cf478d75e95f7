import org.pythebo.modules._sre.engine.CompiledPattern;
import org.pythebo.modules._sre.engine.JdkCharacterProperties;
import org.pythebo.modules._sre.engine.Matcher;
import org.pythebo.modules._sre.engine.Subject;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pythebo's side of bench/sre.sh: runs the code cpython_sre.py wrote for each benchmark over
 * the same text, counting the matches finditer would give (Matcher.search until it fails, with
 * the spans a Match object keeps; CPython's timing also includes making the Match objects);
 * WARMUP untimed rounds, then ROUNDS timed (thread CPU time), and prints one line per benchmark:
 *     name=N matches=M best_seconds=S first_round_seconds=F
 * where F is the first (cold, not yet compiled by the JIT) round.
 *
 * Usage: java -cp target/classes:BENCH_CLASSES SreBench DIR WARMUP ROUNDS
 */
public final class SreBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String text = Files.readString(dir.resolve("text.txt"), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(dir.resolve("patterns.txt"), StandardCharsets.US_ASCII);
        Subject string = Subject.ofString(text);
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        Subject bytes = Subject.ofBytes(latin1);
        Subject astral = Subject.ofString(text + "\uD83D\uDE00");
        // CPU time of this thread: the machine is shared, wall time measures the neighbours.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String line : lines) {
            String[] words = line.split(" ");
            int[] code = new int[words.length - 4];
            for (int i = 0; i < code.length; i++) {
                code[i] = (int) Long.parseLong(words[i + 4]);
            }
            CompiledPattern pattern = CompiledPattern.compile(code, Integer.parseInt(words[2]),
                    Integer.parseInt(words[3]), JdkCharacterProperties.INSTANCE);
            Subject subject = switch (words[1]) {
                case "bytes" -> bytes;
                case "astral" -> astral;
                default -> string;
            };
            long first = threads.getCurrentThreadCpuTime();
            int count = countMatches(pattern, subject);
            first = threads.getCurrentThreadCpuTime() - first;
            for (int i = 1; i < warmup; i++) {
                count = countMatches(pattern, subject);
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long start = threads.getCurrentThreadCpuTime();
                count = countMatches(pattern, subject);
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            }
            System.out.printf("name=%s matches=%d best_seconds=%.4f first_round_seconds=%.4f%n",
                    words[0], count, best / 1e9, first / 1e9);
        }
    }

    /** Counts the matches, taking each one's spans as a Match object would. */
    private static int countMatches(CompiledPattern pattern, Subject subject) {
        Matcher m = pattern.matcher(subject);
        int count = 0;
        while (m.search()) {
            if (m.regs()[0] >= 0) {
                count++;
            }
        }
        return count;
    }
}
