package org.pythebo.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ParseError;
import org.pythebo.parser.Parser;

/** PEP 563 annotation text: CPython 3.11's spacing and its parentheses by operator priority. */
class UnparserTest {

    private static String text(String source) throws ParseError {
        return Unparser.unparse(Parser.parseExpression(source, "<test>").body());
    }

    private static void same(String expected, String source) throws ParseError {
        assertEquals(expected, text(source), source);
    }

    @Test
    void prioritiesDecideParentheses() throws ParseError {
        same("a + b * c", "a + (b * c)");
        same("(a + b) * c", "(a + b) * c");
        same("a - (b - c)", "a - (b - c)");
        same("a - b - c", "(a - b) - c");
        same("2 ** (-1)", "2 ** -1");
        same("-x ** 2", "-x ** 2");
        same("(-x) ** 2", "(-x) ** 2");
        same("(a ** b) ** c", "(a ** b) ** c");
        same("a ** b ** c", "a ** (b ** c)");
        same("not (a and b)", "not (a and b)");
        same("(a or b) and c", "(a or b) and c");
        same("(a < b) < c", "(a < b) < c");
        same("(lambda: 1) if a else b", "(lambda: 1) if a else b");
        same("(a if b else c)[0]", "(a if b else c)[0]");
    }

    @Test
    void displaysAndCalls() throws ParseError {
        same("(1, 2)", "1, 2");
        same("(1,)", "(1,)");
        same("()", "()");
        same("x[1,]", "x[1,]");
        same("x[()]", "x[()]");
        same("a[1:2, ::3]", "a[1:2, ::3]");
        same("{**a, 'k': v}", "{**a, 'k': v}");
        same("f(x, *y, k=1, **z)", "f(x,*y,k=1,**z)");
        same("f(x for x in y)", "f(x for x in y)");
        same("[x for x in y if x for z in w]", "[x for x in y if x for z in w]");
        same("lambda a, /, b, *c, d, **e: 0", "lambda a, /, b, *c, d, **e: 0");
        same("lambda*, k: k", "lambda *, k: k");
    }

    @Test
    void constantsAndStrings() throws ParseError {
        same("1 .real", "(1).real");
        same("1.5.hex()", "1.5.hex()");
        same("1e309", "1e400");
        same("1e+16", "1e16");
        same("31", "0x1F");
        same("...", "...");
        same("'ab'", "'a' 'b'");
        same("\"it's\"", "\"it's\"");
        same("f'{x!r:>{w}} and y={y!r}'", "f'{x!r:>{w}} and {y=}'");
        same("f'{ {1: 2}[1]}{{}}'", "f'{ {1: 2}[1] }{{}}'");
    }
}
