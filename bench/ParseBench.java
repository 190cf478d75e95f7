import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;
import org.pythebo.parser.ast.Ast;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pythebo's side of bench/parse.sh: parses the files listed in FILE_LIST (read into memory
 * first) with Parser.parseFile, WARMUP rounds untimed, then ROUNDS timed, and prints one line:
 *     files=N lines=L best_seconds=S lines_per_second=R errors=E
 * where E counts files Pythebo failed to parse (CPython accepted them all).
 *
 * Usage: java -cp target/classes:BENCH_CLASSES ParseBench FILE_LIST WARMUP ROUNDS
 */
public final class ParseBench {
    public static void main(String[] args) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        byte[][] sources = new byte[paths.size()][];
        long lines = 0;
        for (int i = 0; i < sources.length; i++) {
            byte[] data = Files.readAllBytes(Path.of(paths.get(i)));
            sources[i] = data;
            for (byte b : data) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (data.length > 0 && data[data.length - 1] != '\n') {
                lines++;
            }
        }
        long totalLines = lines;
        // Deeply nested test files recurse deeply: parse on a thread with a large stack, as Main does.
        Thread worker = new Thread(null, () -> {
            long[] result = {Long.MAX_VALUE, 0};
            for (int round = 0; round < warmup + rounds; round++) {
                long start = System.nanoTime();
                long errors = parseAll(paths, sources);
                long elapsed = System.nanoTime() - start;
                if (round >= warmup) {
                    result[0] = Math.min(result[0], elapsed);
                }
                result[1] = errors;
            }
            double seconds = result[0] / 1e9;
            System.out.printf("files=%d lines=%d best_seconds=%.3f lines_per_second=%.0f errors=%d%n",
                    sources.length, totalLines, seconds, totalLines / seconds, result[1]);
        }, "bench", 1L << 30);
        worker.start();
        worker.join();
    }

    private static long parseAll(List<String> paths, byte[][] sources) {
        long errors = 0;
        long nodes = 0;
        for (int i = 0; i < sources.length; i++) {
            try {
                Ast.Module module = Parser.parseFile(sources[i], paths.get(i));
                nodes += module.body().size();
            } catch (ParseError | RuntimeException | StackOverflowError e) {
                errors++;
            }
        }
        if (nodes < 0) {
            System.out.println(nodes);      // keeps the results alive
        }
        return errors;
    }
}
