package org.pythebo.programs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's AOT cache for the classes under test, made once per test JVM in
 * target/test-aot with the launcher's own {@code pythebo_aot_cache}: the programs the tests start
 * (with PYTHEBO_CLASSES, so the launcher does not build) then get the start-up users get, and
 * each starts faster. Without a cache they still run, only slower.
 */
public final class LauncherAot {
    private static Path made;

    private LauncherAot() {}

    /** The directory to pass as PYTHEBO_AOT_DIR, or null when the cache could not be made. */
    public static synchronized Path directory(Path root, Path classes) throws IOException, InterruptedException {
        if (made == null) {
            Path dir = root.resolve("target/test-aot");
            Files.createDirectories(dir);
            String script = "source \"$1/pythebo\" && pythebo_find_jdk && pythebo_aot_cache \"$2\" \"$3\"";
            Process p = new ProcessBuilder("bash", "-c", script, "bash", root.toString(), classes.toString(), dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            made = dir;
        }
        return Files.isRegularFile(made.resolve("pythebo.aot")) ? made : null;
    }
}
