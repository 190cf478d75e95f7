package org.pythebo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ast.AstDump;

/**
 * Parses statement snippets and compares the dump, or the SyntaxError, with what python3.11
 * reports for the same text in the same mode.
 */
class StatementParserTest {

    private static final String PYTHON = "/usr/bin/python3.11";

    private static String ours(String source, String mode) {
        try {
            return switch (mode) {
                case "exec" -> AstDump.dump(Parser.parseModule(source, "<unknown>"), true);
                case "eval" -> AstDump.dump(Parser.parseExpression(source, "<unknown>"), true);
                default -> AstDump.dump(Parser.parseInteractive(source, "<unknown>"), true);
            };
        } catch (ParseError e) {
            return e.kind + " " + e.msg + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
        }
    }

    /** What python3.11 says for each snippet, one line each. */
    private static List<String> cpython(List<String> snippets, String mode) throws IOException, InterruptedException {
        String script = """
                import ast, sys
                for s in sys.stdin.buffer.read().decode().split('\\0\\n')[:-1]:
                    try:
                        r = ast.dump(ast.parse(s, mode=sys.argv[1]), include_attributes=True)
                    except SyntaxError as e:
                        r = f"{type(e).__name__} {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
                    print(r.replace('\\n', '\\\\n'))
                """;
        Process p = new ProcessBuilder(PYTHON, "-c", script, mode).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            for (String s : snippets) {
                in.write((s + "\0\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return List.of(out.split("\n"));
    }

    private static void check(String mode, List<String> snippets) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "python3.11 not available");
        List<String> expected = cpython(snippets, mode);
        assertEquals(snippets.size(), expected.size(), "python3.11 output");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String got = ours(snippets.get(i), mode).replace("\n", "\\n");
            if (!got.equals(expected.get(i))) {
                failures.add(snippets.get(i) + "\n  expected: " + expected.get(i) + "\n  got:      " + got);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void check(List<String> snippets) throws Exception {
        check("exec", snippets);
    }

    @Test
    void simpleStatements() throws Exception {
        check(List.of("x = 1", "a = b = c", "a, b = 1, 2", "(a), b = c", "[a, *b] = c", "x = yield y",
                "x += 1", "a.b -= 2", "a[1] **= 3", "a //= b; c @= d; e >>= f; g <<= h; i ^= j; k |= l; m &= n",
                "x: int", "x: int = 3", "(x): int = 3", "a.b: int", "a[0]: int = yield", "pass; break; continue;",
                "del a, b.c, d[0], (e, f), [g]", "del (a)", "global a, b", "nonlocal x", "assert x",
                "assert x, 'msg'", "raise", "raise E", "raise E from F", "f(x)", "x\ny", "yield", "x = 1  # c\n\ny = 2",
                "match = 1", "match(x)", "match[x]: int = 1", "match -x", "print", "print(1)"));
    }

    @Test
    void imports() throws Exception {
        check(List.of("import a", "import a.b.c as d, e", "from a import b", "from . import b",
                "from ... import b", "from .... a.b import (c as d, e,)", "from a import *",
                "from .a import b as c, d"));
    }

    @Test
    void compoundStatements() throws Exception {
        check(List.of("if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass", "if a: pass",
                "while x:\n    pass\nelse:\n    y", "for x in y:\n    pass\nelse:\n    z", "for a, b in c: pass",
                "async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z",
                "with a: pass", "with a as b, c as d: pass", "with (a as b, c): pass", "with (a, b): pass",
                "with (a, b) as c: pass", "with (a): pass", "with (a,): pass", "with (yield): pass",
                "with (a for a in b): pass", "with a as (b, c): pass",
                "try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\n"
                        + "else:\n    pass\nfinally:\n    pass",
                "try:\n    pass\nfinally:\n    pass", "try:\n    pass\nexcept* E:\n    pass\nexcept* F as f:\n    pass",
                "if x:\n    if y:\n        pass\n    z = 1\nw = 2"));
    }

    @Test
    void definitions() throws Exception {
        check(List.of("@dec\ndef f(a, b=1, *args, c, d=2, **kw) -> int:\n    pass",
                "@a.b(c)\n@d\nclass C(B, metaclass=M):\n    x = 1", "class C: pass", "class C(): pass",
                "def f(a, /, b, *, c): pass", "def f(a=1, /, b=2, *c: *Ts): pass", "def f(*, a=1, b, **k): pass",
                "def f(a, b,): pass", "def f(**k,): pass", "def f(a: int = 1, *, b: str): pass",
                "@d\nasync def f(): pass", "def f():\n    \"\"\"doc\"\"\"\n    x = 1\n\n    return x"));
    }

    @Test
    void matchStatements() throws Exception {
        check(List.of("match x:\n    case 1:\n        pass",
                "match x:\n    case -1 | 1.5 | -2j | 1+2j | -1-2j | 's' 'c' | b'b' | None | True | False:\n"
                        + "        pass",
                "match x:\n    case a:\n        pass\n    case _:\n        pass\n    case a.b.c:\n        pass\n"
                        + "    case (a):\n        pass\n    case (a, b):\n        pass\n    case [a, *b, _]:\n"
                        + "        pass\n    case [*_]:\n        pass\n    case ():\n        pass\n"
                        + "    case []:\n        pass\n    case a, *b:\n        pass",
                "match x, y:\n    case {1: a, 'b': b, c.d: e, **rest}:\n        pass\n    case {}:\n        pass\n"
                        + "    case {**r}:\n        pass\n    case Point(1, 2, x=3, y=b):\n        pass\n"
                        + "    case A.B():\n        pass\n    case (a | b) as c if c > 1:\n        pass\n"
                        + "    case [1, 2] as d:\n        pass",
                "match *a, b:\n    case _: pass", "match -x:\n    case _: pass", "match [a]:\n    case _: pass",
                "match (x):\n    case (1 | 2) | 3: pass"));
    }

    @Test
    void statementErrors() throws Exception {
        check(List.of("if x\n  pass", "if x:\npass", "def f:\n  pass", "else x", "f() = 1", "f() = g() = 1",
                "[f()] = 1", "a, b += 1", "(yield) += 1", "a: int, b", "a, b: int", "[a]: int", "f(): int",
                "del f()", "del a, f()", "del *a", "from a import b,", "import a from b", "print \"x\"",
                "exec \"x\"", "print x y", "x = 1 = 2", "yield = 1", "x = yield = 1", "a + 1 = 2", "(a, f()) = 1",
                "None = 1", "x = 1\n    y = 2", "@dec\nx = 1", "async x", "from a import (b", "import", "global",
                "def f(): return *a, b", "raise *a", "del x + 1", "del [x, *y]", "for f() in x: pass",
                "for x, f() in y: pass", "with a as f(): pass", "with a as (b, f()): pass", "class A\n  pass"));
    }

    @Test
    void blockErrors() throws Exception {
        check(List.of("while x\n  pass", "while x:\npass", "for x in y\n  pass", "for x in y:\npass",
                "with a\n  pass", "with a:\npass", "try\n  pass", "try:\npass", "try:\n  pass\nx = 1",
                "try:\n  pass\nexcept:\npass", "try:\n  pass\nexcept E\n  pass", "try:\n  pass\nexcept E:\npass",
                "try:\n  pass\nexcept* E:\npass", "try:\n  pass\nfinally:\npass", "try:\n  pass\nfinally\n  pass",
                "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass",
                "try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass", "try:\n  pass\nexcept A, B:\n  pass",
                "try:\n  pass\nexcept*:\n  pass", "if x:\n  pass\nelse:\npass", "if x:\n  pass\nelif y:\npass",
                "if x:\n  pass\nelif y\n  pass", "def f():\npass", "class A:\npass", "def f() -> int\n  pass",
                "for x in range(10):\n  pass\n  else:\n    pass", "match x\n", "match x:\npass",
                "match x:\n  case 1\n    pass", "match x:\n  case 1:\n  pass"));
    }

    @Test
    void parameterAndPatternErrors() throws Exception {
        check(List.of("def f(a=1, b): pass", "def f(*): pass", "def f(*, **k): pass", "def f(*a=1): pass",
                "def f(**k=1): pass", "def f(**k, a): pass", "def f(**k, *a): pass", "def f(/, a): pass",
                "def f(/): pass", "def f(a, /, b, /): pass", "def f(a, *, b, /): pass", "def f(a, /*): pass",
                "def f(a=): pass", "def f(*a, *b): pass", "def f((a, b)): pass", "def f(a b): pass",
                "def f(a, a): pass", "match x:\n  case A(a=1, b):\n    pass", "match x:\n  case 1 as _:\n    pass",
                "match x:\n  case 1 as 2:\n    pass", "match x:\n  case 1 + 1:\n    pass",
                "match x:\n  case 1j + 1j:\n    pass", "match x:\n    foo", "match x:\n  case {**_}: pass",
                "match x:\n  case {a: 1}: pass", "match x:\n  case _.a: pass", "match x:\n  case (*a): pass",
                "match x:\n  case *a: pass"));
    }

    @Test
    void evalAndSingleModes() throws Exception {
        check("eval", List.of("1", "1, 2", "1,", "\n\nx\n\n", "x = 1", "*a", "(yield)", "a if b else c", "1 2"));
        check("single", List.of("x = 1\n", "if x:\n  pass\n", "if x:\n  pass\nelse:\n  pass\n", "x=1\ny=2\n",
                "x = 1; y = 2\n", "if x: pass\n", "match x:\n  case 1: pass\n\n", "x = 1  # c\n# more\n"));
    }
}
