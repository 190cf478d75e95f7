package org.pythebo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.SyntaxErrorPrinter;

/**
 * Compares {@link SyntaxErrorPrinter} with CPython's own printing of the same SyntaxError. The
 * script below makes each error in CPython 3.11 (by compiling a snippet, or by building one with
 * given attributes), prints it with the C-level {@code sys.__excepthook__}, the hook that prints
 * an uncaught error, and reports the attributes and the printed text; the test builds a
 * ParseError with those attributes and expects the same text. This checks the printer alone,
 * whatever the parser's state.
 */
class SyntaxErrorPrinterTest {

    static final String PYTHON = System.getProperty("pythebo.python", "/usr/bin/python3.11");

    private static final String SCRIPT = """
            import io, sys
            SOURCES = [
                "x = (\\n",
                "f(a for a in b, c)\\n",
                "x = (1,\\n 2 3)\\n",
                "if 1:\\n\\tx = 1\\n        y = 2\\n",
                "if 1:\\n  x\\n   y\\n",
                "   x = 1 +\\n",
                "x = \\"h\\u00e9llo\\" +\\n",
                "x = '\\u65e5\\u672c' + )\\n",
                "x = '\\U0001F600' )\\n",
                "\\u00e9 = (\\n",
                "def f(:\\n",
                "print 'hello'\\n",
                "a = 1 +\\\\\\n 2 +\\n",
                "x = [1, 2\\ny = 3\\n",
                "for x in range(10)\\n  pass\\n",
                "'''abc\\n",
                "x = 5 if y\\n",
                "\\tx = $\\n",
                "\\f x = (]\\n",
                "class A:\\npass\\n",
                "x = 1\\n  \\n   y = (1 +\\n 2))\\n",
                "f'{a b}'\\n",
                "return\\n",
                "a, b += 1\\n",
                "del f()\\n",
                "x = 'abc\\n",
                "0777\\n",
                "1__0\\n",
                "x = 1\\n y\\n",
                "x = {1: 2, 3}\\n",
                "f(**a, *b)\\n",
                "lambda x=1, y: x\\n",
                "x = (yield) = 1\\n",
                "if x = 1:\\n    pass\\n",
                "x = 1 +",
                "with open(f) as (a, b c):\\n    pass\\n",
                "print(f'{x!z}')\\n",
                "    \\n\\tpass\\n",
            ]
            ATTRIBUTES = [
                ("SyntaxError", "m", 1, 30, "short\\n", 1, 40),
                ("SyntaxError", "m", 1, 2, "a\\nbcd\\nef\\n", 1, 5),
                ("SyntaxError", "m", 1, 4, "a\\nbcd\\nef\\n", 1, 6),
                ("SyntaxError", "m", 1, 9, "a\\nbcd\\nef", 1, 10),
                ("SyntaxError", "m", 2, 5, "x = (1,\\n", 3, 2),
                ("SyntaxError", "m", 1, 0, "abc\\n", 1, 0),
                ("SyntaxError", "m", 1, None, "abc\\n", None, None),
                ("SyntaxError", "m", 1, 3, None, 1, 4),
                ("SyntaxError", "", 1, 1, "x\\n", 1, 2),
                ("IndentationError", "m", 1, 5, "  abc def\\n", 1, 9),
                ("TabError", "m", 1, 3, "abc def\\n", 1, 7),
                ("SyntaxError", "m", 1, 3, "abc", 1, 4),
                ("SyntaxError", "m", 1, 2, "   \\n", 1, 3),
                ("SyntaxError", "m", 1, 5, "\\t \\f x = 1\\n", 1, 3),
                ("SyntaxError", "m", 3, 2, "x\\n", 5, 1),
                ("SyntaxError", "m", 1, 2, "\\u00e9\\u00e9\\u00e9\\u00e9 = 1\\n", 1, 4),
                ("SyntaxError", "m", None, None, None, None, None),
            ]

            def printed(e):
                e.__traceback__ = None
                buf, saved = io.StringIO(), sys.stderr
                sys.stderr = buf
                try:
                    sys.__excepthook__(type(e), e, None)
                finally:
                    sys.stderr = saved
                return buf.getvalue()

            def report(e):
                fields = [type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text,
                          getattr(e, "end_lineno", None), getattr(e, "end_offset", None), printed(e)]
                sys.stdout.write("\\x1f".join("\\x02" if f is None else str(f) for f in fields) + "\\x1e")

            for source in SOURCES:
                try:
                    compile(source, "<case>", "exec")
                    raise SystemExit("no SyntaxError from " + repr(source))
                except SyntaxError as e:
                    report(e)
            for kind, msg, lineno, offset, text, end_lineno, end_offset in ATTRIBUTES:
                cls = getattr(__builtins__, kind)
                if lineno is None:
                    report(cls(msg))
                else:
                    report(cls(msg, ("f.py", lineno, offset, text, end_lineno, end_offset)))
            """;

    @TestFactory
    List<DynamicTest> printsAsCPythonDoes() throws IOException, InterruptedException {
        Process python = new ProcessBuilder(PYTHON, "-c", SCRIPT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), "the case script failed under " + PYTHON);
        List<DynamicTest> tests = new ArrayList<>();
        for (String record : output.split("\u001e")) {
            String[] f = record.split("\u001f", -1);
            assertEquals(9, f.length, "malformed record: " + record);
            ParseError error = new ParseError(ParseError.Kind.valueOf(f[0]), f[1], text(f[2]), number(f[3]),
                    number(f[4]), text(f[5]), number(f[6]), number(f[7]));
            String expected = f[8];
            String name = (f[0] + ": " + f[1] + " @ " + f[3] + ":" + f[4] + " " + f[5])
                    .replace("\u0002", "None").replace("\n", "\\n");
            tests.add(DynamicTest.dynamicTest(name,
                    () -> assertEquals(expected, SyntaxErrorPrinter.format(error))));
        }
        assertTrue(tests.size() > 50, "too few cases: " + tests.size());
        return tests;
    }

    private static String text(String field) {
        return field.equals("\u0002") ? null : field;
    }

    /** An attribute CPython left as None is 0 in a ParseError. */
    private static int number(String field) {
        return field.equals("\u0002") ? 0 : Integer.parseInt(field);
    }
}
