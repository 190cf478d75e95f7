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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the interactive prompt through a pseudo-terminal, for {@code ./pythebo} and for
 * {@code /usr/bin/python3.11}, with the same input, and expects the same transcript (after the
 * banner, which names the implementation). A small Python driver (the pty module) types each
 * line only once the prompt for it has appeared, so the echo never races the output.
 */
class ReplTest {
    /** pty driver: argv[1] is a JSON list of input lines, the rest the command; prints the transcript. */
    private static final String DRIVER = """
            import json, os, pty, re, select, sys, time
            lines = json.loads(sys.argv[1])
            pid, fd = pty.fork()
            if pid == 0:
                os.environ['TERM'] = 'dumb'
                os.execv(sys.argv[2], sys.argv[2:])
            out = b''
            def read(timeout):
                global out
                ready, _, _ = select.select([fd], [], [], timeout)
                if not ready:
                    return False
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return None
                if not data:
                    return None
                out += data
                return True
            def clean(b):
                text = b.decode('utf-8', 'replace').replace('\\r\\n', '\\n')
                return re.sub(r'\\x1b\\[[0-9;?]*[a-zA-Z]', '', text)
            for line in lines + [None]:
                deadline = time.time() + 60
                while not clean(out).endswith(('>>> ', '... ')) and time.time() < deadline:
                    if read(0.5) is None:
                        break
                seen = len(out)
                if line is None:
                    os.write(fd, b'\\x04')
                else:
                    os.write(fd, line.encode() + b'\\n')
                # Let the echo arrive before the output it causes.
                while read(0.2):
                    pass
            deadline = time.time() + 60
            while time.time() < deadline:
                if read(0.5) is None:
                    break
            _, status = os.waitpid(pid, 0)
            sys.stdout.write(clean(out))
            sys.stdout.write('\\n[exit %d]\\n' % os.waitstatus_to_exitcode(status))
            """;

    @TempDir
    static Path work;
    static Path launcher;
    static Path classes;
    static Path driver;

    @BeforeAll
    static void setUp() throws IOException, URISyntaxException {
        classes = LauncherTest.classesUnderTest();
        launcher = LauncherTest.launcherInRepo();
        driver = work.resolve("pty_driver.py");
        Files.writeString(driver, DRIVER);
    }

    private static String transcript(String program, List<String> args, List<String> input)
            throws IOException, InterruptedException {
        StringBuilder json = new StringBuilder("[");
        for (String line : input) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(line.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        json.append(']');
        List<String> command = new ArrayList<>(List.of(SyntaxErrorPrinterTest.PYTHON, driver.toString(),
                json.toString(), program));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHEBO_CLASSES", classes.toString());
        builder.environment().remove("PYTHONSTARTUP");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out");
        return out;
    }

    /** The transcript after the banner's second line (the banner names the implementation). */
    private static String afterBanner(String transcript) {
        int mark = transcript.indexOf("for more information.\n");
        return mark < 0 ? transcript : transcript.substring(mark + "for more information.\n".length());
    }

    private static void expectSameSession(List<String> args, List<String> input) throws Exception {
        String expected = afterBanner(transcript(SyntaxErrorPrinterTest.PYTHON, args, input));
        String actual = afterBanner(transcript(launcher.toString(), args, input));
        assertEquals(expected, actual);
    }

    @Test
    void sessionWithValuesErrorsAndBlocks() throws Exception {
        expectSameSession(List.of(), List.of(
                "x = 6 * 7",
                "x",
                "_ + 1",
                "None",
                "'a'; 5",
                "if x:",
                "    print('yes')",
                "",
                "1/0",
                "x = )",
                "def f(n):",
                "    return n * 2",
                "",
                "f(21)",
                "(1,",
                " 2)",
                "import sys; sys.ps1 = '>>> '"));
    }

    @Test
    void exitEndsTheSessionWithItsStatus() throws Exception {
        expectSameSession(List.of("-q"), List.of("print('bye')", "exit(3)"));
    }

    @Test
    void promptAfterAScript() throws Exception {
        Files.writeString(work.resolve("script.py"), "y = 5\nprint('ran')\n");
        expectSameSession(List.of("-i", "script.py"), List.of("y + 1"));
    }
}
