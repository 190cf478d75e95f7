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
import org.pythebo.parser.ast.Ast;
import org.pythebo.parser.ast.AstDump;

/**
 * Parses expression snippets (each a whole module holding one expression statement) and compares
 * the dump, or the SyntaxError, with what python3.11 reports for the same text.
 */
class ExpressionParserTest {

    private static final String PYTHON = "/usr/bin/python3.11";

    /** Parses one {@code star_expressions} (or a yield) as an expression statement module. */
    private static final class Harness extends ExpressionParser {
        Harness(String source) {
            super(new Tokenizer(source, "<unknown>"), ParseOptions.DEFAULT);
        }

        Ast.Module module() throws ParseError {
            Ast.Expr e = withErrorPass(() -> {
                Ast.Expr value = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
                if (!at(TokenKind.NEWLINE)) {
                    throw fail();
                }
                next();
                if (!at(TokenKind.ENDMARKER)) {
                    throw fail();
                }
                return value;
            });
            Token first = tokenAt(0);
            Token end = tokenAt(pos - 2);
            return new Ast.Module(List.of(new Ast.ExprStmt(e, first.lineno(), first.colOffset(), end.endLineno(),
                    end.endColOffset())), List.of());
        }
    }

    private static String ours(String source) {
        try {
            return AstDump.dump(new Harness(source).module(), true);
        } catch (ParseError e) {
            return e.kind + " " + e.msg + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
        }
    }

    /** What python3.11 says for each snippet, one line each. */
    private static List<String> cpython(List<String> snippets) throws IOException, InterruptedException {
        String script = """
                import ast, sys
                for s in sys.stdin.buffer.read().decode().split('\\0\\n')[:-1]:
                    try:
                        r = ast.dump(ast.parse(s), include_attributes=True)
                    except SyntaxError as e:
                        r = f"{type(e).__name__} {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
                    print(r.replace('\\n', '\\\\n'))
                """;
        Process p = new ProcessBuilder(PYTHON, "-c", script).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            for (String s : snippets) {
                in.write((s + "\0\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return List.of(out.split("\n"));
    }

    private static void check(List<String> snippets) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "python3.11 not available");
        List<String> expected = cpython(snippets);
        assertEquals(snippets.size(), expected.size(), "python3.11 output");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String got = ours(snippets.get(i)).replace("\n", "\\n");
            if (!got.equals(expected.get(i))) {
                failures.add(snippets.get(i) + "\n  expected: " + expected.get(i) + "\n  got:      " + got);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void operatorsAndPrecedence() throws Exception {
        check(List.of("1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8", "a | b ^ c & d << e >> f", "-a ** -b", "~a + +b",
                "a ** b ** c", "await x ** 2", "-await a", "not a and b or c and not d", "a or b or c",
                "(a or b) or c", "a < b <= c > d >= e == f != g", "a in b not in c is d is not e",
                "a if b else c if d else e", "(a) + (b)", "(yield x) + 1", "x.y.z.w", "f(a)(b)[c].d",
                "(lambda: 1)()", "-----1", "not not a"));
    }

    @Test
    void atomsAndDisplays() throws Exception {
        check(List.of("a", "...", "None", "True", "1.5", "1j", "0x10", "()", "(a)", "((a))", "(a,)", "(a, *b)",
                "[]", "[1, 2, 3,]", "[*a, *b]", "{}", "{1: 2, **a, 3: 4}", "{1, 2}", "{*a, 1}", "{x := 1}",
                "(x := 1)", "(x := 1, y)", "(yield)", "(yield a, b)", "(yield from a)", "*a, b", "a,",
                "[\n1,\n2\n]", "é + ü", "\"é\" + x", "\"abc\" \"def\""));
    }

    @Test
    void comprehensionsCallsSlicesLambdas() throws Exception {
        check(List.of("[x for x in y]", "[x for x, y in z]", "[x for (x, y) in z]", "[x for [x, *y] in z]",
                "[x for x.y in z if a if b for w in v]", "(x async for x in y)", "{x: y for x, y in z}",
                "{x for x in y}", "f(x for x in y)", "f(a, b, *c, d=1, **e)", "f(a=1, *b)", "f(x := 1)",
                "f(a,\n  b)", "a[1:2:3]", "a[:]", "a[::]", "a[1:]", "a[:, 1]", "a[1,]", "a[*b]",
                "a[*b, 1:2]", "a[x:=1]", "a[1:2, ...]", "lambda: 0", "lambda a, b=1, *c, d, e=2, **f: 0",
                "lambda a, /, b: 0", "lambda a=1, /, b=2: 0", "lambda *, a: 0", "lambda: (yield)"));
    }

    @Test
    void syntaxErrors() throws Exception {
        check(List.of("(a b)", "[a, b c]", "f(a b)", "{1 2}", "print \"x\"", "a if b", "(a.b := 1)",
                "f(a=1, b)", "f(**a, b)", "f(**a, *b)", "f(x for x in y, 1)", "f(1, x for x in y if z)",
                "f(a.b=1)", "f(True=1)", "f(a=1 for x in y)", "f(*x for x in y)", "{1: *a}", "{1:}",
                "{a:1, b}", "(*a)", "(**a)", "[*a for a in b]", "[a, b for a in b]", "[a, for a in b]",
                "{**a for a in b}", "[x for f() in y]", "[x for a, 1 in y]", "lambda *: 0",
                "lambda *, **k: 0", "lambda a=1, b: 0", "lambda (a): 0", "lambda /, a: 0",
                "lambda a, /, b, /: 0", "lambda *a, /: 0", "lambda a, /*: 0", "lambda *a=1: 0",
                "lambda *a, *b: 0", "lambda **k=1: 0", "lambda **k, a: 0", "a +", "f(,)", "a.1",
                "f\"{a b}\"", "f\"{*a}\"", "f(a, **a, *b, c)", "f(**a, c=1, *b)", "f(a, *)",
                "lambda a,d=,c: None", "nolog ( when logging is ) .", "Generate the next if value when not given .",
                "dict(x=34, (x for x in range 10), 1)", "d . update ( self . _sections [ ] )",
                "f((v, k) for (k, v) in m.items(not))", "[interesting\nfoo()\n"));
    }

    @Test
    void deepNestingIsAnErrorNotACrash() throws Exception {
        // CPython 3.11: RecursionError "maximum recursion depth exceeded during ast construction"
        // (or MemoryError for some constructs), not a SyntaxError
        assertEquals("RecursionError", ours("-".repeat(100_000) + "1").split(" ")[0]);
        assertEquals("RecursionError", ours("a.".repeat(100_000) + "b").split(" ")[0]);
        assertEquals("RecursionError", ours("a+".repeat(100_000) + "b").split(" ")[0]);
    }
}
