package org.pythebo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a program writes and never closes hold their data once the program has ended, as under
 * CPython (which flushes them at shutdown): also after an uncaught exception and sys.exit().
 */
class UnclosedFilesTest {
    private static String py(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String content(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void writesOfUnclosedFilesAreFlushedAtExit(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("kept.txt");
        Path dropped = dir.resolve("dropped.txt");
        Path binary = dir.resolve("kept.bin");
        String source = "f = open(" + py(kept) + ", 'w')\n"
                + "f.write('line 1\\n')\n"
                + "f.write('line 2')\n"
                + "open(" + py(dropped) + ", 'w').write('temporary')\n"
                + "b = open(" + py(binary) + ", 'wb')\n"
                + "b.write(b'\\x00\\x01')\n";
        EngineRunner.Result r = EngineRunner.pythebo(source, "unclosed.py");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("line 1\nline 2", content(kept));
        assertEquals("temporary", content(dropped));
        assertEquals(2, Files.size(binary));
    }

    @Test
    void flushedAfterUncaughtExceptionAndSystemExit(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        EngineRunner.Result r1 = EngineRunner.pythebo("f = open(" + py(a) + ", 'w')\nf.write('before')\n1 / 0\n",
                "raises.py");
        assertEquals(1, r1.status());
        assertEquals("before", content(a));
        EngineRunner.Result r2 = EngineRunner.pythebo(
                "import sys\nf = open(" + py(b) + ", 'a')\nf.write('exit')\nsys.exit(3)\n", "exits.py");
        assertEquals(3, r2.status());
        assertEquals("exit", content(b));
    }

    @Test
    void largeUnclosedWriteIsComplete(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("big.txt");
        EngineRunner.Result r = EngineRunner.pythebo(
                "f = open(" + py(p) + ", 'w')\nfor i in range(10000):\n    f.write(str(i) + '\\n')\n", "big.py");
        assertEquals(0, r.status(), r.stderr());
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            expected.append(i).append('\n');
        }
        assertEquals(expected.toString(), content(p));
    }
}
