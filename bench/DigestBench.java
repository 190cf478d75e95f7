import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.pythebo.modules._hashlib.HashAlgorithms;
import org.pythebo.modules._random.MersenneTwister;
import org.pythebo.modules.hashlib.Digest;

/**
 * Pythebo's side of bench/digests.sh: hashes MEGABYTES of data fed in 1 MiB updates with each
 * digest core (WARMUP untimed passes, then the best of ROUNDS), and times MersenneTwister.random().
 * Times are this thread's CPU time, as on CPython's side, so that other processes on a shared
 * machine do not count.
 * Prints one line per measurement:
 *     name=md5 mb_per_second=R
 *     name=random calls_per_second=R
 *
 * Usage: java -cp target/classes:BENCH_CLASSES DigestBench MEGABYTES WARMUP ROUNDS
 */
public final class DigestBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int megabytes = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + (i >>> 9));
        }
        String[] names = {"md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"};
        for (String name : names) {
            report(name, () -> HashAlgorithms.create(name), chunk, megabytes, warmup, rounds);
        }

        MersenneTwister twister = new MersenneTwister(BigInteger.valueOf(12345));
        int calls = 10_000_000;
        double sink = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < warmup + rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += twister.random();
            }
            long elapsed = THREADS.getCurrentThreadCpuTime() - start;
            if (round >= warmup) {
                best = Math.min(best, elapsed);
            }
        }
        System.out.printf("name=random calls_per_second=%.0f sink=%.3f%n", calls / (best / 1e9), sink);
    }

    private static void report(String name, Supplier<Digest> factory, byte[] chunk, int megabytes, int warmup, int rounds) {
        long best = Long.MAX_VALUE;
        byte[] sink = null;
        for (int round = 0; round < warmup + rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            Digest digest = factory.get();
            for (int i = 0; i < megabytes; i++) {
                digest.update(chunk, 0, chunk.length);
            }
            sink = digest.digest();
            long elapsed = THREADS.getCurrentThreadCpuTime() - start;
            if (round >= warmup) {
                best = Math.min(best, elapsed);
            }
        }
        System.out.printf("name=%s mb_per_second=%.1f first_byte=%d%n", name, megabytes / (best / 1e9), sink[0]);
    }
}
