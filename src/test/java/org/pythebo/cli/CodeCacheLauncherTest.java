package org.pythebo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code cache seen from outside: programs run by the real launcher print what CPython prints
 * whether the cache is empty, warm, stale, damaged, unusable or not to be written (-B).
 */
class CodeCacheLauncherTest {
    @TempDir
    static Path work;
    static Path launcher;
    static Path classes;

    @BeforeAll
    static void setUp() throws IOException, URISyntaxException {
        classes = LauncherTest.classesUnderTest();
        launcher = LauncherTest.launcherInRepo();
        Files.writeString(work.resolve("helper.py"), "def greet(name):\n    return 'hello ' + name\n");
        Files.writeString(work.resolve("broken.py"), "def f(:\n    pass\n");
        Files.writeString(work.resolve("main.py"), """
                import json, helper
                print(helper.greet('cache'), json.dumps({'a': [1, 2.5, None]}))
                try:
                    import broken
                except SyntaxError as e:
                    print(type(e).__name__, e.msg, e.lineno, e.offset)
                """);
    }

    record Result(int status, String stdout, String stderr) {}

    private static Result run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = builder.environment();
        env.put("PYTHEBO_CLASSES", classes.toString());
        env.remove("PYTHONPATH");
        env.remove("PYTHONDONTWRITEBYTECODE");
        env.putAll(extraEnv);
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    private static Result pythebo(Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("PYTHEBO_CACHE_DIR", cache.toString()));
    }

    private static Result cpython() throws IOException, InterruptedException {
        return run(List.of(SyntaxErrorPrinterTest.PYTHON, "main.py"), Map.of());
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(cache)) {
            return list.sorted().toList();
        }
    }

    @Test
    void warmStaleAndDamagedCachesGiveCPythonsOutput(@TempDir Path cache) throws Exception {
        Result expected = cpython();
        assertEquals(expected, pythebo(cache, "main.py"), "empty cache");
        List<Path> written = entries(cache);
        assertTrue(written.size() > 5, "the Lib modules and helper.py are cached: " + written);
        assertTrue(written.stream().allMatch(p -> p.toString().endsWith(".ast")), "no temporary files left: " + written);
        assertEquals(expected, pythebo(cache, "main.py"), "warm cache");
        assertEquals(written, entries(cache), "a warm cache is only read");

        Files.writeString(work.resolve("helper.py"), "def greet(name):\n    return 'goodbye ' + name\n");
        try {
            Result changed = cpython();
            assertNotEquals(expected, changed);
            assertEquals(changed, pythebo(cache, "main.py"), "an edited module is never served its old tree");
        } finally {
            Files.writeString(work.resolve("helper.py"), "def greet(name):\n    return 'hello ' + name\n");
        }

        List<Path> all = entries(cache);
        for (int k = 0; k < all.size(); k++) {
            byte[] data = Files.readAllBytes(all.get(k));
            switch (k % 3) {
                case 0 -> Files.write(all.get(k), new byte[0]);
                case 1 -> Files.write(all.get(k), java.util.Arrays.copyOf(data, data.length / 2));
                default -> {
                    data[data.length - 1] ^= 0x55;
                    Files.write(all.get(k), data);
                }
            }
        }
        assertEquals(expected, pythebo(cache, "main.py"), "damaged cache");
        assertEquals(expected, pythebo(cache, "main.py"), "rewritten cache");
    }

    @Test
    void anUnusableCacheIsNoCache(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertEquals(cpython(), pythebo(file, "main.py"));
        assertEquals("not a directory", Files.readString(file));
    }

    @Test
    void dontWriteBytecodeOnlyReads(@TempDir Path cache) throws Exception {
        Result expected = cpython();
        assertEquals(expected, pythebo(cache, "-B", "main.py"));
        assertEquals(List.of(), entries(cache), "-B writes nothing");
        Result flags = pythebo(cache, "-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)");
        assertEquals("True 1\n", flags.stdout());
    }
}
