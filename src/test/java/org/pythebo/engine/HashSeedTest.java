package org.pythebo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pythebo.cli.Main;

/**
 * hash() of str, bytes, float and tuple values and the iteration order of sets built from them
 * equal CPython's under the same PYTHONHASHSEED (tests/hashing/hash_values.py, run by
 * /usr/bin/python3.11 and by the launcher side by side); with PYTHONHASHSEED unset, two runs
 * hash str differently.
 */
class HashSeedTest {
    private static final Path ROOT = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
    private static final Path PROGRAM = ROOT.resolve("tests/hashing/hash_values.py");

    @ParameterizedTest
    @ValueSource(strings = {"0", "12345", "4294967295"})
    void hashesAndSetOrderAreCPythons(String seed) throws Exception {
        String cpython = run(List.of("/usr/bin/python3.11", PROGRAM.toString()), seed);
        String pythebo = run(List.of(ROOT.resolve("pythebo").toString(), PROGRAM.toString()), seed);
        assertTrue(cpython.lines().count() > 3000, "CPython printed too little");
        assertEquals(cpython, pythebo, "PYTHONHASHSEED=" + seed);
    }

    @Test
    void unsetSeedRandomizesStrHashes() throws Exception {
        List<String> command = List.of(ROOT.resolve("pythebo").toString(), "-c",
                "import sys; print(hash('pythebo'), hash(b'pythebo'), sys.flags.hash_randomization)");
        String first = run(command, null);
        String second = run(command, null);
        assertTrue(first.endsWith(" 1\n"), first);
        assertNotEquals(first, second);
    }

    private static String run(List<String> command, String seed) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("PYTHONHASHSEED");
        if (seed != null) {
            env.put("PYTHONHASHSEED", seed);
        }
        try {
            env.put("PYTHEBO_CLASSES", Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(Files.exists(PROGRAM));
        return new String(out, StandardCharsets.UTF_8);
    }
}
