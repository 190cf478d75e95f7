package org.pythebo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./pythebo} launcher and {@code /usr/bin/python3.11} with the same command
 * lines in the same directory and expects the same stdout, stderr and exit status (each tool's
 * own name, which both print in usage messages, is replaced by PROGRAM). The launcher is found
 * in the repository (the working directory, or -Dpythebo.root) and runs the classes this test
 * was compiled against (PYTHEBO_CLASSES), so it does not start a build of its own.
 */
class LauncherTest {

    @TempDir
    static Path work;
    static Path launcher;
    static Path classes;

    /** The classes this test was compiled against, for PYTHEBO_CLASSES. */
    static Path classesUnderTest() throws URISyntaxException {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The repository's ./pythebo (the working directory, or -Dpythebo.root). */
    static Path launcherInRepo() {
        Path launcher = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath().resolve("pythebo");
        assertTrue(Files.isExecutable(launcher), "launcher not found at " + launcher);
        return launcher;
    }

    @BeforeAll
    static void setUp() throws IOException, URISyntaxException {
        classes = classesUnderTest();
        launcher = launcherInRepo();
        Files.writeString(work.resolve("ok.py"), "x = 1\nprint(x + 1, [x] * 2)\n");
        Files.writeString(work.resolve("comma.py"), "x = (1,\n 2 3)\n");
        Files.writeString(work.resolve("tabs.py"), "if 1:\n\tx = 1\n        y = 2\n");
        Files.writeString(work.resolve("shebang.py"), "#!/opt/odd python (\nx = (\n");
        Files.writeString(work.resolve("accents.py"), "x = \"h\u00e9llo\" +\n");
        Files.write(work.resolve("not_utf8.py"), new byte[] {'x', '=', '1', '\n', '#', ' ', (byte) 0xff, '\n'});
        Files.createDirectories(work.resolve("package_without_main"));
    }

    record Result(int status, String stdout, String stderr) {}

    static Result run(List<String> command, String program, String stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("PYTHEBO_CLASSES", classes.toString());
        builder.environment().remove("PYTHONPATH");
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        String errText = new String(err.join(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), out.replace(program, "PROGRAM"), errText.replace(program, "PROGRAM"));
    }

    static Result python(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SyntaxErrorPrinterTest.PYTHON));
        command.addAll(args);
        return run(command, SyntaxErrorPrinterTest.PYTHON, "");
    }

    static Result pythebo(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        return run(command, launcher.toString(), "");
    }

    /** Command lines on which Pythebo must behave exactly as CPython. */
    static final List<List<String>> SAME_AS_CPYTHON = List.of(
            List.of("-Z"),
            List.of("-E", "-Z"),
            List.of("-c"),
            List.of("-uc"),
            List.of("-m"),
            List.of("-W"),
            List.of("-X"),
            List.of("-J"),
            List.of("--foo"),
            List.of("--version=1"),
            List.of("-u-help"),
            List.of("--check-hash-based-pycs"),
            List.of("--check-hash-based-pycs", "sometimes"),
            List.of("missing.py"),
            List.of("-E", "-s", "-uB", "-Wignore", "-X", "dev", "missing.py", "arg", "-Z"),
            List.of("--", "-Z"),
            List.of("-u-", "-c"),
            List.of("../missing.py"),
            List.of("-m", "no_such_module_for_pythebo"),
            List.of("package_without_main"),
            List.of("."),
            List.of("not_utf8.py"),
            // These need the parser: syntax errors print as CPython prints them.
            List.of("comma.py"),
            List.of("tabs.py"),
            List.of("accents.py"),
            List.of("-x", "shebang.py"),
            List.of("-c", "x = (1,\n 2 3)"));

    @TestFactory
    List<DynamicTest> behavesAsCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> args : SAME_AS_CPYTHON) {
            tests.add(DynamicTest.dynamicTest(String.join(" ", args).replace("\n", "\\n"),
                    () -> assertEquals(python(args), pythebo(args))));
        }
        return tests;
    }

    @Test
    void versionIsOneLineOnStdout() throws IOException, InterruptedException {
        Result result = pythebo(List.of("-V"));
        assertEquals(0, result.status());
        assertTrue(result.stdout().matches("Python 3\\.11\\.\\d+\n"), result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void helpStartsWithTheUsageLine() throws IOException, InterruptedException {
        Result result = pythebo(List.of("-h", "-Z"));
        assertEquals(0, result.status());
        assertTrue(result.stdout().startsWith(HelpText.usageLine("PROGRAM")), result.stdout());
        assertTrue(result.stdout().contains("(no effect yet)"), result.stdout());
    }

    @Test
    void programRunsLikeCPython() throws IOException, InterruptedException {
        assertEquals(python(List.of("ok.py")), pythebo(List.of("ok.py")));
    }

    /**
     * A C module of CPython's that Pythebo lacks is an ordinary ModuleNotFoundError naming it, also
     * when the Lib module that needs it is imported (CPython has them, so this is no corpus program).
     */
    @Test
    void aMissingCModuleIsNamed() throws IOException, InterruptedException {
        Result direct = pythebo(List.of("-c", "import _tkinter"));
        assertEquals(1, direct.status());
        assertTrue(direct.stderr().endsWith("ModuleNotFoundError: No module named '_tkinter'\n"), direct.stderr());
        Result through = pythebo(List.of("-c", "import sqlite3"));
        assertEquals(1, through.status());
        assertTrue(through.stderr().startsWith("Traceback (most recent call last):\n"), through.stderr());
        assertTrue(through.stderr().endsWith("ModuleNotFoundError: No module named '_sqlite3'\n"), through.stderr());
        assertTrue(through.stderr().contains("/usr/lib/python3.11/sqlite3/dbapi2.py"), through.stderr());
    }
}
